package cn.fazhi.flow.desk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.check.Waiver;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.SubmitResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reviewer sees the pre-check of the version under review, with the drafter's reasons, on 洪山镇's report
 * (drafter4): submitted with a flaw the drafter marked not applicable, then withdrawn, the waiver taken back and the
 * text put back.
 */
class ReviewFindingsViewTest extends AbstractViewTest {

    private static final String FLAWED = "（十二）预审测试：加强学习，，提升能力。";
    private static final String REASON = "引用群众原话，保留原样。";

    @Autowired
    private ReportService reports;

    @Autowired
    private ReviewService review;

    @Autowired
    private CheckService checks;

    private long id;
    private String measuresBefore;

    @AfterEach
    void takeItAllBack() {
        login("drafter4");
        if (!reports.get(id).status().editable()) {
            review.withdraw(id);
        }
        for (Waiver w : checks.waivers(id)) {
            checks.unwaive(w.id());
        }
        if (measuresBefore != null) {
            saveMeasures(measuresBefore);
        }
    }

    @Test
    void theReviewerSeesTheFindingsOfTheVersionWithTheDraftersReasons() {
        login("drafter4");
        id = reports.list().get(0).id();
        if (!reports.get(id).status().editable()) {
            review.withdraw(id);
        }
        measuresBefore = measures(reports.get(id).content());
        saveMeasures(measuresBefore + "\n" + FLAWED);
        Finding flaw = checks.checkFor(id).stream()
                .filter(f ->
                        f.rule().equals("double-punctuation") && f.excerpt().contains("，，提升"))
                .findFirst()
                .orElseThrow();
        checks.waive(id, flaw.rule(), flaw.part(), flaw.excerpt(), REASON);
        SubmitResult submitted = review.submit(id);
        assertThat(submitted.accepted()).as("%s", submitted.findings()).isTrue();

        login("advisor");
        UI.getCurrent().navigate("reports/" + id + "/review");

        Details section = _get(Details.class, s -> s.withId("review-findings"));
        assertThat(section.getSummaryText()).isEqualTo("预审结果（第 " + submitted.version() + " 版）");
        assertThat(section.isOpened()).isTrue();
        Div card = _find(section, Div.class, s -> s.withClasses("check-finding")).stream()
                .filter(c -> "double-punctuation".equals(c.getElement().getAttribute("data-rule")))
                .filter(c -> c.getElement().getTextRecursively().contains("，，提升"))
                .findFirst()
                .orElseThrow();
        assertThat(card.getClassNames()).contains("check-finding-waived");
        assertThat(card.getElement().getTextRecursively()).contains("警告", "标点重复", "已标为不适用（洪山镇起草人）：" + REASON);
        assertThat(_find(section, Button.class))
                .as("reviewers only read the findings")
                .isEmpty();
        assertThat(_get(section, Div.class, s -> s.withId("findings-MEASURES"))).isNotNull();
        _click(_get(card, Div.class, s -> s.withClasses("check-jump")));

        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.LEGAL_REVIEW);
    }

    private static String measures(ReportContent content) {
        return content.part(PartKind.MEASURES).orElseThrow().body();
    }

    private void saveMeasures(String body) {
        ReportDetails now = reports.get(id);
        if (measures(now.content()).equals(body)) {
            return;
        }
        List<ReportPart> parts = now.content().parts().stream()
                .map(p -> p.kind() == PartKind.MEASURES ? new ReportPart(p.kind(), p.heading(), body) : p)
                .toList();
        reports.saveDraft(
                id,
                new ReportContent(
                        now.content().title(),
                        now.content().opening(),
                        parts,
                        now.content().closing()),
                now.lockVersion());
    }
}
