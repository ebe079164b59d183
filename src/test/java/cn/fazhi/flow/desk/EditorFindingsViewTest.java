package cn.fazhi.flow.desk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Waiver;
import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.review.ReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The findings beside the editor's text, on 太要镇 (drafter1, whose draft lacks the LEADERSHIP part) and 洪山镇
 * (drafter4). Every text typed here is taken out again and every waiver taken back.
 */
class EditorFindingsViewTest extends AbstractViewTest {

    private static final String FLAWED = "（十二）预审测试：加强学习，，提升能力。";

    @Autowired
    private ReportService reports;

    @Autowired
    private ReviewService review;

    @Autowired
    private CheckService checks;

    private Long hongshan;
    private String measuresBefore;

    @AfterEach
    void takeItAllBack() {
        if (hongshan == null) {
            return;
        }
        login("drafter4");
        for (Waiver w : checks.waivers(hongshan)) {
            checks.unwaive(w.id());
        }
        var now = reports.get(hongshan);
        if (measuresBefore != null
                && !now.content().part(PartKind.MEASURES).orElseThrow().body().equals(measuresBefore)) {
            var parts = now.content().parts().stream()
                    .map(p -> p.kind() == PartKind.MEASURES
                            ? new cn.fazhi.flow.report.ReportPart(p.kind(), p.heading(), measuresBefore)
                            : p)
                    .toList();
            reports.saveDraft(
                    hongshan,
                    new cn.fazhi.flow.report.ReportContent(
                            now.content().title(),
                            now.content().opening(),
                            parts,
                            now.content().closing()),
                    now.lockVersion());
        }
    }

    @Test
    void aMissingPartIsAnErrorBesideTheTextWithoutANotApplicableAction() {
        long id = editableReportOf("drafter1");
        UI.getCurrent().navigate("reports/" + id + "/edit");

        Div panel = _get(Div.class, s -> s.withId("editor-findings"));
        assertThat(_get(panel, Span.class, s -> s.withClasses("findings-summary"))
                        .getText())
                .matches("[1-9]\\d* 个错误，\\d+ 个警告，\\d+ 个提示");
        Div group = _get(panel, Div.class, s -> s.withId("findings-LEADERSHIP"));
        Div card = cards(group, "missing-part").get(0);
        assertThat(card.getElement().getTextRecursively()).contains("党政主要负责人履行第一责任人职责情况", "错误", "缺少必备部分");
        // The theme colours the severity by the card's class (pages.css: .check-finding-error .check-severity).
        assertThat(card.getClassNames()).contains("check-finding-error");
        assertThat(_get(card, Span.class, s -> s.withClasses("check-severity")).getText())
                .isEqualTo("错误");
        assertThat(_find(card, Button.class, s -> s.withClasses("check-waive"))).isEmpty();

        // A click on it goes to the (empty) LEADERSHIP text.
        _click(_get(card, Div.class, s -> s.withClasses("check-jump")));
        assertThat(_get(ReportEditorView.class).lastJump)
                .isEqualTo(new ReportEditorView.Jump("editor-body-LEADERSHIP", -1, -1));
    }

    @Test
    void findingsFollowTheTypingAndAClickSelectsTheParagraph() {
        long id = hongshan();
        UI.getCurrent().navigate("reports/" + id + "/edit");
        assertThat(cards(panel(), "double-punctuation"))
                .noneMatch(c -> c.getElement().getTextRecursively().contains("加强学习，，提升能力"));

        String typed = body(PartKind.MEASURES).getValue() + "\n" + FLAWED;
        _setValue(body(PartKind.MEASURES), typed);

        Div card = flawCard();
        int paragraph = Paragraphs.of(typed).size();
        assertThat(card.getElement().getTextRecursively())
                .contains("警告", "第 " + paragraph + " 段", "标点重复：“，，”", "原文：“", "建议：只保留一个标点");
        assertThat(_get(panel(), Div.class, s -> s.withId("findings-MEASURES"))
                        .getElement()
                        .getTextRecursively())
                .contains("加强学习，，提升能力");

        _click(_get(card, Div.class, s -> s.withClasses("check-jump")));
        ReportEditorView.Jump jump = _get(ReportEditorView.class).lastJump;
        assertThat(jump.fieldId()).isEqualTo("editor-body-MEASURES");
        assertThat(typed.substring(jump.start(), jump.end()))
                .isNotEmpty()
                .isSubstringOf(FLAWED)
                .contains("，，");

        // Fixed in the text, the finding goes.
        _setValue(body(PartKind.MEASURES), measuresBefore);
        assertThat(cards(panel(), "double-punctuation"))
                .noneMatch(c -> c.getElement().getTextRecursively().contains("加强学习，，提升能力"));
    }

    @Test
    void aWarningIsMarkedNotApplicableWithAReasonAndTakenBack() {
        long id = hongshan();
        UI.getCurrent().navigate("reports/" + id + "/edit");
        _setValue(body(PartKind.MEASURES), body(PartKind.MEASURES).getValue() + "\n" + FLAWED);

        _click(_get(flawCard(), Button.class, s -> s.withClasses("check-waive")));
        Dialog dialog = _get(Dialog.class, s -> s.withId("waive-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        TextArea reason = _get(dialog, TextArea.class, s -> s.withId("waive-reason"));
        _click(_get(dialog, Button.class, s -> s.withId("waive-confirm")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("请填写理由。");

        _setValue(reason, "引用群众原话，保留原样。");
        _click(_get(dialog, Button.class, s -> s.withId("waive-confirm")));

        assertThat(dialog.isOpened()).isFalse();
        Div waived = flawCard();
        assertThat(waived.getClassNames()).contains("check-finding-waived");
        assertThat(_get(waived, Div.class, s -> s.withClasses("check-waiver")).getText())
                .isEqualTo("已标为不适用（洪山镇起草人）：引用群众原话，保留原样。");
        assertThat(_find(waived, Button.class, s -> s.withClasses("check-waive")))
                .isEmpty();
        assertThat(checks.waivers(id)).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo("double-punctuation");
            assertThat(w.part()).isEqualTo(PartKind.MEASURES);
            assertThat(w.reason()).isEqualTo("引用群众原话，保留原样。");
        });

        // A paragraph inserted above moves the finding; the waiver stays with it.
        String moved = "（零）新插入的一段。\n" + body(PartKind.MEASURES).getValue();
        _setValue(body(PartKind.MEASURES), moved);
        assertThat(flawCard().getClassNames()).contains("check-finding-waived");

        _click(_get(flawCard(), Button.class, s -> s.withClasses("check-unwaive")));
        assertThat(flawCard().getClassNames()).doesNotContain("check-finding-waived");
        assertThat(checks.waivers(id)).isEmpty();
    }

    private Div panel() {
        return _get(Div.class, s -> s.withId("editor-findings"));
    }

    private Div flawCard() {
        return cards(panel(), "double-punctuation").stream()
                .filter(c -> c.getElement().getTextRecursively().contains("加强学习，，提升能力"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding on the typed paragraph"));
    }

    private static List<Div> cards(Div within, String rule) {
        return _find(within, Div.class, s -> s.withClasses("check-finding")).stream()
                .filter(c -> rule.equals(c.getElement().getAttribute("data-rule")))
                .toList();
    }

    private static TextArea body(PartKind kind) {
        return _get(TextArea.class, s -> s.withId("editor-body-" + kind.name()));
    }

    private long hongshan() {
        hongshan = editableReportOf("drafter4");
        measuresBefore = reports.get(hongshan)
                .content()
                .part(PartKind.MEASURES)
                .orElseThrow()
                .body();
        return hongshan;
    }

    /** Signs in as the drafter and brings their township's report back to draft if a test left it in review. */
    private long editableReportOf(String drafter) {
        login(drafter);
        long id = reports.list().get(0).id();
        if (!reports.get(id).status().editable()) {
            review.withdraw(id);
        }
        return id;
    }
}
