package cn.fazhi.flow.review;

import java.time.Instant;

/** A task the caller completed (已办). */
public record DoneItem(String id, long reportId, String township, int year, String step, Instant completed) {}
