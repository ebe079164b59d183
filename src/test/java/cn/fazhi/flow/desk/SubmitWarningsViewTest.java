package cn.fazhi.flow.desk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.check.ReportFinding;
import cn.fazhi.flow.check.Severity;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.review.ReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 提交 on a report whose pre-check finds warnings and no error (洪山镇's sample, in a township of the test's own): the
 * warnings are listed first, and only 仍然提交 submits.
 */
class SubmitWarningsViewTest extends AbstractViewTest {

    @Autowired
    private OrgService org;

    @Autowired
    private ReviewService review;

    @Autowired
    private ReportService reports;

    @Autowired
    private CheckService checks;

    private OwnTownship hongshan;

    @BeforeEach
    void openTheEditor() {
        hongshan = OwnTownship.create(org, review, "洪山镇", TownshipKind.TOWN, "hongshan-2023.txt", 2023);
        login(hongshan.drafter());
        UI.getCurrent().navigate("reports/" + hongshan.reportId() + "/edit");
    }

    @Test
    void warningsAreListedAndGoingBackSubmitsNothing() {
        List<Finding> warnings = checks.findings(hongshan.reportId()).stream()
                .map(ReportFinding::finding)
                .filter(f -> f.severity() == Severity.WARNING)
                .toList();
        assertThat(warnings).isNotEmpty();

        _click(_get(Button.class, s -> s.withId("editor-submit")));

        Dialog dialog = _get(Dialog.class, s -> s.withId("warnings-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("预审有 " + warnings.size() + " 个警告，仍要提交吗？");
        List<String> items = _find(dialog, ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
        assertThat(items).hasSize(warnings.size()).allSatisfy(item -> assertThat(item)
                .startsWith("【警告】"));
        Finding first = warnings.get(0);
        assertThat(items.get(0))
                .contains(checks.describe(first, Locale.SIMPLIFIED_CHINESE))
                .contains(checks.ruleName(first.rule(), Locale.SIMPLIFIED_CHINESE))
                .doesNotContain(first.rule());

        _click(_get(dialog, Button.class, s -> s.withId("warnings-back")));

        assertThat(_find(Dialog.class, s -> s.withId("warnings-dialog"))).isEmpty();
        assertThat(reports.get(hongshan.reportId()).status()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(reports.get(hongshan.reportId()).version()).isZero();
    }

    @Test
    void submitAnywaySubmits() {
        _click(_get(Button.class, s -> s.withId("editor-submit")));

        _click(_get(Button.class, s -> s.withId("warnings-submit")));

        assertThat(reports.get(hongshan.reportId()).status()).isEqualTo(ReportStatus.LEGAL_REVIEW);
        assertThat(reports.get(hongshan.reportId()).version()).isEqualTo(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reports/" + hongshan.reportId());
    }
}
