package cn.fazhi.flow.review;

import java.time.Instant;

/** Where a report's process stands: the open step, who holds it (null while in a pool) and since when. */
public record Position(String taskId, String step, String assignee, Instant since) {

    public static final Position NONE = new Position(null, null, null, null);
}
