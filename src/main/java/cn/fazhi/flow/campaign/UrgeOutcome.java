package cn.fazhi.flow.campaign;

/** The result of urging every overdue township: how many were urged, and how many were skipped (urged too recently). */
public record UrgeOutcome(int urged, int skipped) {}
