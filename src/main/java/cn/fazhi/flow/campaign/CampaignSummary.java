package cn.fazhi.flow.campaign;

import java.time.Instant;
import java.time.LocalDate;

/** A campaign as the board and the API show it; {@code open} while its process runs. */
public record CampaignSummary(
        long id,
        long countyId,
        String county,
        int year,
        Instant submissionDue,
        int legalReviewDays,
        int countyReviewDays,
        LocalDate publicationDue,
        String openedBy,
        Instant openedAt,
        int townships,
        boolean open) {}
