package cn.fazhi.flow.document;

import cn.fazhi.flow.base.Messages;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * An upload the servlet container refuses before any controller sees it (over the multipart limit of 20 MB, or a
 * broken multipart body) gets the same translated answer as one the document service refuses. Applies to every
 * controller and to requests not yet mapped to one, ahead of the general error handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadErrors {

    private final Messages messages;

    UploadErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        String key = "document.error.tooLarge";
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("error", key, "message", messages.get(key, UploadReader.MAX_BYTES / (1024 * 1024))));
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<Map<String, Object>> broken(Exception e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("error", "error.badRequest", "message", messages.get("error.badRequest")));
    }
}
