package cn.fazhi.flow.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.MonthDay;

@Entity
@Table(name = "county")
class County {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "lead_sign_off_required", nullable = false)
    private boolean leadSignOffRequired;

    @Column(name = "legal_review_days", nullable = false)
    private int legalReviewDays = CountySettings.DEFAULT_REVIEW_DAYS;

    @Column(name = "county_review_days", nullable = false)
    private int countyReviewDays = CountySettings.DEFAULT_REVIEW_DAYS;

    /** MM-DD of the year after the campaign's. */
    @Column(name = "publication_due", nullable = false)
    private String publicationDue = "04-01";

    protected County() {}

    County(String code, String name, boolean leadSignOffRequired) {
        this.code = code;
        this.name = name;
        this.leadSignOffRequired = leadSignOffRequired;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    boolean isLeadSignOffRequired() {
        return leadSignOffRequired;
    }

    void setLeadSignOffRequired(boolean leadSignOffRequired) {
        this.leadSignOffRequired = leadSignOffRequired;
    }

    void rename(String name, String code) {
        this.name = name;
        this.code = code;
    }

    CountySettings settings() {
        return new CountySettings(
                leadSignOffRequired, legalReviewDays, countyReviewDays, MonthDay.parse("--" + publicationDue));
    }

    void apply(CountySettings settings) {
        this.leadSignOffRequired = settings.leadSignOffRequired();
        this.legalReviewDays = settings.legalReviewDays();
        this.countyReviewDays = settings.countyReviewDays();
        this.publicationDue = String.format(
                "%02d-%02d",
                settings.publicationDue().getMonthValue(),
                settings.publicationDue().getDayOfMonth());
    }
}
