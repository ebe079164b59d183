package cn.fazhi.flow.publish.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.audit.HistoryEntry;
import cn.fazhi.flow.publish.PublishFixture;
import cn.fazhi.flow.publish.PublishService;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The publish dialog on a report's page, in a county of the test's own. */
class PublishDialogViewTest extends AbstractViewTest {

    private static PublishFixture county;

    @Autowired
    ReportService reports;

    @Autowired
    PublishService publish;

    @Autowired
    AuditService audit;

    @BeforeEach
    void county() {
        if (county == null) {
            county = new PublishFixture(context, "pubdlg");
        }
    }

    private static void openReport(long id) {
        UI.getCurrent().navigate("reports/" + id);
    }

    static String textOf(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void theAdminConfirmsTheCheckRedactsAPassageAndPublishes() {
        long id = county.approved(2024);
        login(county.admin);
        openReport(id);

        _click(_get(Button.class, spec -> spec.withId("publish-open")));
        Button confirm = _get(Button.class, spec -> spec.withId("publish-confirm"));
        assertThat(confirm.isEnabled()).isFalse();
        assertThat(textOf(_get(Div.class, spec -> spec.withId("publish-preview"))))
                .contains("张三")
                .doesNotContain("■■■");

        TextArea passage = _get(TextArea.class, spec -> spec.withId("publish-passage"));
        _setValue(passage, "李四");
        _click(_get(Button.class, spec -> spec.withId("publish-add")));
        assertThat(passage.isInvalid()).isTrue();
        assertThat(passage.getErrorMessage()).isEqualTo("正文中没有“李四”，请逐字复制要隐去的原文。");
        assertThat(passage.getValue()).isEqualTo("李四");

        _setValue(passage, "张三");
        _click(_get(Button.class, spec -> spec.withId("publish-add")));
        _setValue(passage, "13800000000");
        _click(_get(Button.class, spec -> spec.withId("publish-add")));
        assertThat(passage.isInvalid()).isFalse();
        assertThat(_find(Span.class, spec -> spec.withClasses("publish-redaction-text")))
                .extracting(Span::getText)
                .containsExactly("张三", "13800000000");
        String preview = textOf(_get(Div.class, spec -> spec.withId("publish-preview")));
        assertThat(preview).contains("联系人■■■电话■■■").doesNotContain("张三");
        assertThat(_find(Span.class, spec -> spec.withClasses("redacted"))).hasSize(2);

        _click(_find(Button.class, spec -> spec.withClasses("publish-redaction-remove"))
                .get(1));
        assertThat(textOf(_get(Div.class, spec -> spec.withId("publish-preview"))))
                .contains("联系人■■■电话13800000000");

        _setValue(_get(Checkbox.class, spec -> spec.withId("publish-checked")), true);
        assertThat(confirm.isEnabled()).isTrue();
        _click(confirm);

        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.PUBLISHED);
        expectNotifications(publish.publication(id).orElseThrow().late() ? "报告已公开，已超过公开期限，记为逾期。" : "报告已公开。");
        _assertNone(Button.class, spec -> spec.withId("publish-open"));
        assertThat(_get(Span.class, spec -> spec.withId("publish-published")).getText())
                .startsWith("已于 ")
                .endsWith("（pubdlg王管理）"); // the publisher by name, not by login
        assertThat(_get(Anchor.class, spec -> spec.withId("publish-public-link"))
                        .getHref())
                .isEqualTo("public/reports/" + id);
        assertThat(_get(Span.class, spec -> spec.withId("report-status")).getText())
                .isEqualTo("已公开");
        List<AuditAction> history =
                audit.history(id).stream().map(HistoryEntry::action).collect(Collectors.toList());
        assertThat(history).endsWith(AuditAction.CONFIDENTIALITY_CHECKED, AuditAction.PUBLISHED);
        // the internal version keeps the name; the public one does not
        assertThat(reports.version(id, 1).parts().get(0).body()).contains("张三");
        assertThat(publish.publicVersion(id).parts().get(0).body())
                .doesNotContain("张三")
                .contains("13800000000");
    }

    @Test
    void othersSeeNoPublishButtonAndTheCancelledDialogPublishesNothing() {
        long id = county.approved(2023);
        login(county.reviewer);
        openReport(id);
        _assertNone(Button.class, spec -> spec.withId("publish-open"));
        login(county.drafter);
        openReport(id);
        _assertNone(Button.class, spec -> spec.withId("publish-open"));

        login(county.admin);
        openReport(id);
        _click(_get(Button.class, spec -> spec.withId("publish-open")));
        _setValue(_get(Checkbox.class, spec -> spec.withId("publish-checked")), true);
        _click(_get(Button.class, spec -> spec.withId("publish-cancel")));

        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(publish.publication(id)).isEmpty();
        _get(Button.class, spec -> spec.withId("publish-open"));
    }

    @Test
    void aReportStillInReviewHasNoPublishButtonEvenForTheAdmin() {
        long id = county.open(2022, PublishFixture.text(2022, PublishFixture.PARAGRAPH_ONE));
        county.submit(id);
        login(county.admin);
        openReport(id);
        _assertNone(Button.class, spec -> spec.withId("publish-open"));
        _assertNone(Span.class, spec -> spec.withId("publish-published"));
    }
}
