package cn.fazhi.flow.publish;

import java.time.LocalDate;

/** A published report as the public pages list it: no internal detail, only what is public. */
public record PublishedReport(
        long reportId, long countyId, String county, String township, int year, String title, LocalDate publishedOn) {}
