package cn.fazhi.flow.document.ui;

import cn.fazhi.flow.base.FlowException;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A document generated when its link is followed, for the signed-in user, with the service's access checks: a refusal
 * answers its status (403, 404) instead of a file.
 */
final class Downloads {

    private Downloads() {}

    static InputStreamDownloadHandler of(Supplier<byte[]> content, Supplier<String> name, String type) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), name.get(), type, bytes.length);
            } catch (FlowException e) {
                return DownloadResponse.error(e.kind().status());
            }
        });
    }
}
