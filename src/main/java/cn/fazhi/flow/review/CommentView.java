package cn.fazhi.flow.review;

import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.report.PartKind;
import java.time.Instant;

/**
 * A comment as shown against one text of the report. {@code paragraph} is where it was made; {@code anchor} is where
 * its quoted text stands in the text shown now, or null with {@code textChanged} when that text is gone.
 */
public record CommentView(
        long id,
        int version,
        PartKind part,
        Integer paragraph,
        Integer anchor,
        boolean textChanged,
        String quote,
        String text,
        String author,
        String authorName,
        Role role,
        String step,
        Long replyTo,
        boolean resolved,
        String resolvedBy,
        Instant createdAt) {}
