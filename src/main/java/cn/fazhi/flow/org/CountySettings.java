package cn.fazhi.flow.org;

import java.time.MonthDay;

/**
 * A county's own settings: whether the township lead signs a report off before the legal review, and the defaults of
 * a new campaign (the review periods in working days, the day of the following year by which reports must be public).
 */
public record CountySettings(
        boolean leadSignOffRequired, int legalReviewDays, int countyReviewDays, MonthDay publicationDue) {

    public static final int DEFAULT_REVIEW_DAYS = 5;

    /** Review periods are whole working days in this range. */
    public static final int MIN_REVIEW_DAYS = 1;

    public static final int MAX_REVIEW_DAYS = 30;
}
