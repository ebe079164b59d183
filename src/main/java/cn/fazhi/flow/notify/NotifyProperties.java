package cn.fazhi.flow.notify;

import cn.fazhi.flow.report.ReportPages;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fazhi.notify.*}: where the links in mails point, the sender of the mails, and how often a report may be
 * urged.
 */
@ConfigurationProperties("fazhi.notify")
record NotifyProperties(
        @DefaultValue("http://localhost:8080/") String baseUrl,
        @DefaultValue("fazhi-flow@localhost") String mailFrom,
        @DefaultValue("24h") Duration urgeInterval) {

    /** The address of a report's page. */
    String reportUrl(long reportId) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + ReportPages.report(reportId);
    }
}
