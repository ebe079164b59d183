package cn.fazhi.flow.publish;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Publication over JSON, for signed-in users: the same service and checks as the publish dialog. */
@RestController
class PublishController {

    private final PublishService publish;

    PublishController(PublishService publish) {
        this.publish = publish;
    }

    /** The body of a publication: the 保密审查 confirmation and the passages to redact in the public version. */
    record PublishRequest(Boolean confidentialityChecked, List<String> redactions) {}

    @PostMapping("/api/reports/{id}/publish")
    PublicationInfo publish(@PathVariable long id, @RequestBody(required = false) PublishRequest body) {
        boolean checked = body != null && Boolean.TRUE.equals(body.confidentialityChecked());
        List<String> redactions = body == null || body.redactions() == null ? List.of() : body.redactions();
        return publish.publish(id, checked, redactions);
    }

    @GetMapping("/api/reports/{id}/publication")
    PublicationInfo publication(@PathVariable long id) {
        return publish.publication(id)
                .orElseThrow(() -> cn.fazhi.flow.base.FlowException.notFound("publish.error.notPublished"));
    }
}
