package cn.fazhi.flow.check;

import cn.fazhi.flow.report.PartKind;
import java.time.Instant;

/** A finding marked as not applicable by the drafter, with the reason reviewers read. */
public record Waiver(
        long id,
        long reportId,
        String rule,
        PartKind part,
        Integer paragraph,
        String excerpt,
        String reason,
        String waivedBy,
        Instant waivedAt) {}
