package cn.fazhi.flow.review;

/** A reviewer's decision on a review task. */
public enum Decision {
    APPROVE,
    RETURN
}
