package cn.fazhi.flow.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How a report was published: the version, who confirmed the 保密审查 and when, the passages redacted, who published it
 * and when, its deadline and whether it came after it. Only for users who may see the report.
 */
public record PublicationInfo(
        long reportId,
        int version,
        String checkedBy,
        Instant checkedAt,
        List<String> redactions,
        String publishedBy,
        Instant publishedAt,
        LocalDate deadline,
        boolean late) {

    public PublicationInfo {
        redactions = List.copyOf(redactions);
    }
}
