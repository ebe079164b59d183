package cn.fazhi.flow.campaign;

import cn.fazhi.flow.base.FlowException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * What an administrator sets when opening a campaign. {@code submissionDue} is the last moment to submit, in the
 * county's time zone; {@code publicationDue} the day by which the reports must be public (null: the county's
 * default day, 1 April unless set, of the following year); null review periods take the county's defaults; {@code countyId} null means the administrator's own county.
 */
public record OpenCampaign(
        Integer year,
        LocalDateTime submissionDue,
        Integer legalReviewDays,
        Integer countyReviewDays,
        LocalDate publicationDue,
        Long countyId) {

    /**
     * Reads a deadline written as a date ({@code 2026-02-28}: the end of that day) or a date and time
     * ({@code 2026-02-28T17:00}); null stays null, anything else is a 400 with a clear message.
     */
    public static LocalDateTime deadline(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.strip().length() <= 10) {
                return LocalDate.parse(text.strip()).plusDays(1).atStartOfDay();
            }
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw FlowException.invalid("campaign.error.badDate", text);
        }
    }

    /** Reads a day ({@code 2027-04-01}); null stays null, anything else is a 400 with a clear message. */
    public static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw FlowException.invalid("campaign.error.badDate", text);
        }
    }
}
