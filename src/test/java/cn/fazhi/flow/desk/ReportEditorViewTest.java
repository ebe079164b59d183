package cn.fazhi.flow.desk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.CommentView;
import cn.fazhi.flow.review.NewComment;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.workflow.WorkflowService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The drafter's editor on 洪山镇 (drafter4, whose report passes the pre-check) and 太要镇 (drafter1, whose does not). */
class ReportEditorViewTest extends AbstractViewTest {

    @Autowired
    private ReportService reports;

    @Autowired
    private ReviewService review;

    @Autowired
    private CommentService comments;

    @Autowired
    private OrgService org;

    @Autowired
    private WorkflowService workflow;

    @Autowired
    private Clock clock;

    @Test
    void typingSavesTheDraftAndSaysSo() {
        long id = editableReportOf("drafter4");
        UI.getCurrent().navigate("reports/" + id + "/edit");

        TextArea body = body(PartKind.MEASURES);
        String typed = body.getValue() + "\n（十一）自动保存测试：新增一段举措。";
        _setValue(body, typed);

        assertThat(reports.get(id)
                        .content()
                        .part(PartKind.MEASURES)
                        .orElseThrow()
                        .body())
                .isEqualTo(typed);
        assertThat(_get(Span.class, s -> s.withId("save-state")).getText()).matches("已保存 \\d{1,2}:\\d{2}:\\d{2}");
        assertThat(_find(HorizontalLayout.class, s -> s.withId("editor-conflict")))
                .isEmpty();
    }

    @Test
    void aConcurrentEditShowsTheConflictAndKeepsTheTypedText() {
        long id = editableReportOf("drafter4");
        UI.getCurrent().navigate("reports/" + id + "/edit");
        // Meanwhile the same report is saved elsewhere, against the lock version the editor holds too.
        ReportDetails meanwhile = reports.get(id);
        ReportContent elsewhere = withBody(meanwhile.content(), PartKind.NEXT_YEAR, "（四）另一处保存的安排。");
        reports.saveDraft(id, elsewhere, meanwhile.lockVersion());

        TextArea body = body(PartKind.SHORTCOMINGS);
        String typed = body.getValue() + "\n四是冲突测试：这段文字不能丢。";
        _setValue(body, typed);

        assertThat(_get(Span.class, s -> s.withId("save-state")).getText()).isEqualTo("保存失败：报告已被他人修改，请刷新后再编辑。");
        assertThat(_find(HorizontalLayout.class, s -> s.withId("editor-conflict")))
                .hasSize(1);
        assertThat(_get(Span.class, s -> s.withId("editor-conflict-message")).getText())
                .isEqualTo("报告已被他人修改，请刷新后再编辑。");
        assertThat(body(PartKind.SHORTCOMINGS).getValue()).isEqualTo(typed);
        assertThat(reports.get(id)
                        .content()
                        .part(PartKind.SHORTCOMINGS)
                        .orElseThrow()
                        .body())
                .isNotEqualTo(typed);

        // Typing more while in conflict neither saves nor loses anything.
        String more = typed + "再补一句。";
        _setValue(body(PartKind.SHORTCOMINGS), more);
        assertThat(body(PartKind.SHORTCOMINGS).getValue()).isEqualTo(more);

        _click(_get(Button.class, s -> s.withId("editor-reload")));
        assertThat(body(PartKind.NEXT_YEAR).getValue()).isEqualTo("（四）另一处保存的安排。");
        Details kept = _get(Details.class, s -> s.withId("editor-kept"));
        assertThat(_find(kept, TextArea.class)).extracting(TextArea::getValue).contains(more);

        // After the reload the editor saves again.
        _setValue(body(PartKind.NEXT_YEAR), "（四）重新载入后继续编辑。");
        assertThat(reports.get(id)
                        .content()
                        .part(PartKind.NEXT_YEAR)
                        .orElseThrow()
                        .body())
                .isEqualTo("（四）重新载入后继续编辑。");
    }

    @Test
    void reviewersCommentsStandBesideTheirPartAndTheDrafterReplies() {
        long id = editableReportOf("drafter4");
        String firstParagraph = Paragraphs.of(reports.get(id)
                        .content()
                        .part(PartKind.SHORTCOMINGS)
                        .orElseThrow()
                        .body())
                .get(0);
        String quote = firstParagraph.substring(0, 12);
        login("advisor");
        CommentView onPart = comments.add(id, new NewComment(PartKind.SHORTCOMINGS, 1, quote, "请写明整改措施和时限。", null));
        comments.add(id, new NewComment(null, null, null, "整体结构清晰，请核对年份。", null));
        login("drafter4");
        UI.getCurrent().navigate("reports/" + id + "/edit");

        Div beside = _get(Div.class, s -> s.withId("editor-comments-SHORTCOMINGS"));
        Card card = _find(beside, Card.class).stream()
                .filter(c -> c.getElement().getTextRecursively().contains("请写明整改措施和时限。"))
                .findFirst()
                .orElseThrow();
        assertThat(card.getElement().getTextRecursively())
                .contains("第 1 段", "原文：“" + quote + "”", "张律师（法律顾问）", "起草报告", "未解决")
                .doesNotContain("原文已修改");
        assertThat(_get(Div.class, s -> s.withId("editor-whole-comments"))
                        .getElement()
                        .getTextRecursively())
                .contains("整体结构清晰，请核对年份。", "全文");

        _click(_get(card, Button.class, s -> s.withText("回复")));
        _setValue(_get(card, TextArea.class), "已补充整改措施。");
        _click(_get(card, Button.class, s -> s.withText("发送")));

        assertThat(comments.list(id, reports.get(id).content())).anySatisfy(c -> {
            assertThat(c.replyTo()).isEqualTo(onPart.id());
            assertThat(c.text()).isEqualTo("已补充整改措施。");
            assertThat(c.role()).isEqualTo(Role.DRAFTER);
        });
        assertThat(_get(Div.class, s -> s.withId("editor-comments-SHORTCOMINGS"))
                        .getElement()
                        .getTextRecursively())
                .contains("已补充整改措施。", "洪山镇起草人（起草人）");

        // The drafter rewrites the paragraph: the comment's text is gone from it.
        _setValue(body(PartKind.SHORTCOMINGS), "存在的不足：重写后的段落。");
        UI.getCurrent().navigate("reports/" + id);
        UI.getCurrent().navigate("reports/" + id + "/edit");
        assertThat(_get(Div.class, s -> s.withId("editor-comments-SHORTCOMINGS"))
                        .getElement()
                        .getTextRecursively())
                .contains("原文已修改", "原第 1 段", "请写明整改措施和时限。");
    }

    @Test
    void allFivePartsStandInTheCanonicalOrderAndEmptyOnesAreNotSaved() {
        long id = editableReportOf("drafter1");
        ReportContent before = reports.get(id).content();
        assertThat(before.part(PartKind.LEADERSHIP)).isEmpty();
        UI.getCurrent().navigate("reports/" + id + "/edit");

        TextField leadershipHeading = _get(TextField.class, s -> s.withId("editor-heading-LEADERSHIP"));
        assertThat(leadershipHeading.getValue()).isEmpty();
        assertThat(leadershipHeading.getPlaceholder()).isEqualTo("（未填写）示例：三、上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况");
        assertThat(body(PartKind.LEADERSHIP).isRequiredIndicatorVisible()).isTrue();
        assertThat(body(PartKind.OTHER).isRequiredIndicatorVisible()).isFalse();
        assertThat(_get(Span.class, s -> s.withId("editor-tag-LEADERSHIP")).getText())
                .isEqualTo("必备");

        TextField title = _get(TextField.class, s -> s.withId("editor-title"));
        _setValue(title, before.title() + " ");

        ReportContent saved = reports.get(id).content();
        assertThat(saved.title()).isEqualTo(before.title() + " ");
        List<PartKind> expected = Arrays.stream(PartKind.values())
                .filter(k -> before.part(k).isPresent())
                .toList();
        assertThat(saved.parts()).extracting(ReportPart::kind).containsExactlyElementsOf(expected);
        assertThat(saved.part(PartKind.LEADERSHIP)).isEmpty();
    }

    @Test
    void aBlockedSubmissionListsEveryFindingWithItsPart() {
        long id = editableReportOf("drafter1");
        UI.getCurrent().navigate("reports/" + id + "/edit");

        _click(_get(Button.class, s -> s.withId("editor-submit")));

        Dialog dialog = _get(Dialog.class, s -> s.withId("findings-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        List<String> findings = _find(dialog, ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
        assertThat(findings)
                .anySatisfy(f ->
                        assertThat(f).startsWith("【错误】党政主要负责人履行第一责任人职责情况：").contains("缺少必备部分：“党政主要负责人履行第一责任人职责情况”"));
        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(reports.get(id).version()).isZero();
    }

    @Test
    void aCleanSubmissionFreezesAVersionAndOpensTheReportPage() {
        long id = editableReportOf("drafter4");
        int before = reports.get(id).version();
        UI.getCurrent().navigate("reports/" + id + "/edit");

        _click(_get(Button.class, s -> s.withId("editor-submit")));
        // 洪山镇's report has warnings only: the drafter confirms them.
        _click(_get(Button.class, s -> s.withId("warnings-submit")));

        assertThat(NotificationsKt.getNotifications())
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .contains("已提交，第 " + (before + 1) + " 版");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reports/" + id);
        assertThat(_get(Span.class, s -> s.withId("report-status")).getText()).isEqualTo("法律审核中");
        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.LEGAL_REVIEW);

        // The editor of a report in review only says so, and links to the report page.
        UI.getCurrent().navigate("reports/" + id + "/edit");
        assertThat(_get(Paragraph.class, s -> s.withId("editor-read-only")).getText())
                .isEqualTo("报告当前为“法律审核中”状态，不能编辑。");
        _assertNoFields();
    }

    @Test
    void theEditorSpeaksEnglish() {
        long id = editableReportOf("drafter4");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("reports/" + id + "/edit");

        assertThat(_get(Button.class, s -> s.withId("editor-submit")).getText()).isEqualTo("Submit");
        assertThat(_get(Span.class, s -> s.withId("editor-tag-MEASURES")).getText())
                .isEqualTo("Mandatory");
        assertThat(body(PartKind.MEASURES).getLabel()).isEqualTo("Text");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Edit · 洪山镇 report 2023");
        _setValue(body(PartKind.MEASURES), body(PartKind.MEASURES).getValue() + " ");
        assertThat(_get(Span.class, s -> s.withId("save-state")).getText()).startsWith("Saved ");
    }

    @Test
    void theDrafterReadsByWhenToSubmit() {
        OwnTownship own = OwnTownship.create(org, review, "洪山镇", TownshipKind.TOWN, "hongshan-2023.txt", 2023);
        LocalDate today = LocalDate.now(clock);
        Instant endOfDay = today.plusDays(4).atStartOfDay(clock.getZone()).toInstant();
        workflow.setDeadlines(reportProcess(own), endOfDay, 5, 5);
        login(own.drafter());

        UI.getCurrent().navigate("reports/" + own.reportId() + "/edit");

        Span line = _get(Span.class, s -> s.withId("deadline-submission"));
        assertThat(line.getText()).isEqualTo("须于" + Times.date(today.plusDays(3), Locale.CHINA) + "前提交（剩 3 天）");
        assertThat(line.getClassNames()).doesNotContain("overdue");
    }

    @Test
    void withoutACampaignTheEditorShowsNoDeadline() {
        OwnTownship own = OwnTownship.create(org, review, "洪山镇", TownshipKind.TOWN, "hongshan-2023.txt", 2023);
        login(own.drafter());

        UI.getCurrent().navigate("reports/" + own.reportId() + "/edit");

        assertThat(_find(Span.class, s -> s.withId("deadline-submission"))).isEmpty();
    }

    private String reportProcess(OwnTownship own) {
        login(own.drafter());
        return reports.get(own.reportId()).processInstanceId();
    }

    private static void _assertNoFields() {
        assertThat(_find(TextArea.class)).isEmpty();
    }

    private static TextArea body(PartKind kind) {
        return _get(TextArea.class, s -> s.withId("editor-body-" + kind.name()));
    }

    private static ReportContent withBody(ReportContent content, PartKind kind, String body) {
        List<ReportPart> parts = content.parts().stream()
                .map(p -> p.kind() == kind ? new ReportPart(kind, p.heading(), body) : p)
                .toList();
        return new ReportContent(content.title(), content.opening(), parts, content.closing());
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
