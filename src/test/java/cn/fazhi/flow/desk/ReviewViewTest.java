package cn.fazhi.flow.desk;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.CommentView;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.NewComment;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.SubmitResult;
import cn.fazhi.flow.review.TaskItem;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review of 榆垡镇's 2020 report from submission to approval, each step in a test of its own on a report of its own
 * (a county of its own with 榆垡镇, its drafter and lead, 张律师 and the county reviewer, see {@link OwnTownship}),
 * brought by the services to where the step starts: the advisor claims it from the task list, comments, returns it;
 * the drafter resubmits a change the diff shows; the county returns (dialog only) and approves. The last tests check
 * who may not act.
 */
class ReviewViewTest extends AbstractViewTest {

    private static final String INSERTED = "层层";

    @Autowired
    private ReviewService review;

    @Autowired
    private ReportService reports;

    @Autowired
    private CommentService comments;

    @Autowired
    private OrgService org;

    private OwnTownship yufa;

    @BeforeEach
    void aReportOfItsOwn() {
        logout();
        yufa = OwnTownship.create(org, review, "榆垡镇", TownshipKind.TOWN, "yufa-2020.txt", 2020);
    }

    @Test
    void theAdvisorClaimsTheSubmittedReportFromTheTaskListAndOpensItWithNumberedParagraphs() {
        long id = yufa.reportId();
        login(yufa.drafter());
        if (reports.get(id).status() == ReportStatus.DRAFTING) {
            SubmitResult result = review.submit(id);
            assertThat(result.accepted())
                    .as("pre-check findings: %s", result.findings())
                    .isTrue();
        }
        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.LEGAL_REVIEW);

        login(yufa.advisor());
        UI.getCurrent().navigate(TasksView.class);
        Grid<TaskItem> grid = tasksGrid();
        int row = rowOf(grid, id);
        assertThat(_getFormatted(grid, row, "report")).isEqualTo("榆垡镇");
        assertThat(_getFormatted(grid, row, "year")).isEqualTo("2020年度");
        assertThat(_getFormatted(grid, row, "step")).isEqualTo("法律顾问审核");
        assertThat(_getFormatted(grid, row, "holder")).isEqualTo("待签收");

        _click(_get(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("签收")));

        row = rowOf(grid, id);
        assertThat(_getFormatted(grid, row, "holder")).isEqualTo("我");
        _assertNone(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("签收"));

        _click(_get(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("办理")));

        _get(ReviewView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("review-facts")).getText())
                .as("the submitter by name, not login")
                .contains("由 榆垡镇起草人 提交")
                .doesNotContain("drafter2");
        ReportContent v1 = reports.version(id, 1);
        String third = Paragraphs.of(v1.parts().get(0).body()).get(2);
        Div paragraph = _get(Div.class, spec -> spec.withId("p-1-3"));
        assertThat(_get(paragraph, Span.class, spec -> spec.withClasses("paragraph-no"))
                        .getText())
                .isEqualTo("1.3");
        assertThat(textOf(paragraph)).contains(third);
        assertThat(_find(Div.class, spec -> spec.withClasses("review-paragraph")))
                .hasSize(v1.parts().stream()
                        .mapToInt(p -> Paragraphs.of(p.body()).size())
                        .sum());
        _get(HorizontalLayout.class, spec -> spec.withId("decision-bar"));
        _assertNone(Button.class, spec -> spec.withId("review-claim"));
        _assertNone(Checkbox.class, spec -> spec.withId("diff-toggle"));
        _assertNone(Div.class, spec -> spec.withId("review-changes"));
        _assertNone(Div.class, spec -> spec.withClasses("comment-earlier"));
    }

    @Test
    void aParagraphCommentQuotesTheNarrowedTextAndShowsBesideItsParagraph() {
        long id = yufa.reportId();
        claimedByTheAdvisor(id);
        login(yufa.advisor());
        openReview(id);
        Div paragraph = _get(Div.class, spec -> spec.withId("p-1-2"));
        String text =
                Paragraphs.of(reports.version(id, 1).parts().get(0).body()).get(1);

        _click(_get(paragraph, Button.class, spec -> spec.withText("批注")));
        TextArea quote = _get(TextArea.class, spec -> spec.withId("comment-quote"));
        assertThat(quote.getValue()).isEqualTo(text);
        _setValue(quote, "这不是该段的原文");
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text")), "请核实。");
        _click(_get(Button.class, spec -> spec.withId("comment-save")));
        assertThat(quote.isInvalid()).isTrue();
        assertThat(quote.getErrorMessage()).isEqualTo("引用的文字须摘自该段原文。");

        String narrowed = text.substring(0, 8);
        _setValue(quote, narrowed);
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text")), "“关键少数”的提法请与上级文件保持一致。");
        _click(_get(Button.class, spec -> spec.withId("comment-save")));

        _assertNone(Dialog.class);
        expectNotifications("意见已保存。");
        Div beside = _get(
                _get(Div.class, spec -> spec.withId("p-1-2")),
                Div.class,
                spec -> spec.withClasses("paragraph-comments"));
        Div card = _get(beside, Div.class, spec -> spec.withClasses("review-comment"));
        assertThat(_get(card, Div.class, spec -> spec.withClasses("comment-text"))
                        .getText())
                .isEqualTo("“关键少数”的提法请与上级文件保持一致。");
        assertThat(_get(card, Div.class, spec -> spec.withClasses("comment-quote"))
                        .getText())
                .contains(narrowed);
        assertThat(_get(card, Div.class, spec -> spec.withClasses("comment-meta"))
                        .getText())
                .contains("张律师（法律顾问）")
                .contains("第 1 版");
        _assertNone(
                _get(Div.class, spec -> spec.withId("p-1-3")), Div.class, spec -> spec.withClasses("review-comment"));

        // a comment on the whole report, then resolved and reopened
        _click(_get(Button.class, spec -> spec.withId("comment-whole")));
        _click(_get(Button.class, spec -> spec.withId("comment-save")));
        TextArea empty = _get(TextArea.class, spec -> spec.withId("comment-text"));
        assertThat(empty.isInvalid()).isTrue();
        assertThat(empty.getErrorMessage()).isEqualTo("请填写意见。");
        _setValue(empty, "全文数据请与统计口径核对。");
        _click(_get(Button.class, spec -> spec.withId("comment-save")));
        Component whole = _get(VerticalLayout.class, spec -> spec.withId("whole-report-comments"));
        Div wholeCard = _get(whole, Div.class, spec -> spec.withClasses("review-comment"));
        assertThat(textOf(wholeCard)).contains("全文数据请与统计口径核对。");

        _click(_get(wholeCard, Button.class, spec -> spec.withText("标为已解决")));
        whole = _get(VerticalLayout.class, spec -> spec.withId("whole-report-comments"));
        wholeCard = _get(whole, Div.class, spec -> spec.withClasses("comment-resolved"));
        _get(wholeCard, Span.class, spec -> spec.withText("已解决"));
        _click(_get(wholeCard, Button.class, spec -> spec.withText("重新打开")));
        whole = _get(VerticalLayout.class, spec -> spec.withId("whole-report-comments"));
        _get(whole, Div.class, spec -> spec.withClasses("comment-open"));
    }

    @Test
    void aReturnNeedsACommentAndThenSendsTheReportBack() {
        long id = yufa.reportId();
        claimedByTheAdvisor(id);
        login(yufa.advisor());
        openReview(id);

        _click(_get(Button.class, spec -> spec.withId("review-return")));
        _get(Dialog.class, spec -> spec.withId("return-dialog"));
        _assertNone(Checkbox.class, spec -> spec.withId("return-legal-rereview"));
        _click(_get(Button.class, spec -> spec.withId("return-confirm")));

        TextArea comment = _get(TextArea.class, spec -> spec.withId("return-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("退回修改必须填写意见。");
        _get(Dialog.class, spec -> spec.withId("return-dialog"));
        assertThat(review.position(id).step()).isEqualTo(ReportReviewProcess.TASK_LEGAL_REVIEW);
        assertThat(review.position(id).assignee()).isEqualTo(yufa.advisor());
        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.LEGAL_REVIEW);

        _setValue(comment, "第一部分第二段的提法请修改后重新提交。");
        _click(_get(Button.class, spec -> spec.withId("return-confirm")));

        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.RETURNED);
        expectNotifications("榆垡镇 2020年度报告已退回修改。");
        _get(TasksView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("tasks-grid")).stream().flatMap(g -> rows(g).stream()))
                .noneMatch(t -> t.reportId() == id);
    }

    @Test
    void afterTheResubmissionTheDiffShowsTheChangedParagraph() {
        long id = yufa.reportId();
        returnedWithAParagraphComment(id);
        resubmittedWithAnInsertion(id);

        login(yufa.advisor());
        openReview(id);
        assertThat(textOf(_get(Div.class, spec -> spec.withId("p-1-2")))).contains(INSERTED);
        // the comment made on version 1 still stands beside its paragraph: its quote is unchanged
        _get(_get(Div.class, spec -> spec.withId("p-1-2")), Div.class, spec -> spec.withClasses("review-comment"));
        _click(_get(Button.class, spec -> spec.withId("review-claim")));
        expectNotifications("已签收，请审核后作出决定。");
        clearNotifications();
        _assertNone(Button.class, spec -> spec.withId("review-claim"));

        assertThat(_get(Checkbox.class, spec -> spec.withId("diff-toggle")).getValue())
                .as("the advisor's re-review opens on what changed")
                .isTrue();

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("diff-summary"))
                        .getText())
                .isEqualTo("与第 1 版相比：修改 1 段，新增 0 段，删除 0 段。");
        Div changed = _get(Div.class, spec -> spec.withClasses("diff-changed"));
        assertThat(_get(changed, Span.class, spec -> spec.withClasses("paragraph-no"))
                        .getText())
                .isEqualTo("1.2");
        assertThat(_get(changed, Span.class, spec -> spec.withClasses("diff-inserted"))
                        .getText())
                .isEqualTo(INSERTED);
        _assertNone(Span.class, spec -> spec.withClasses("diff-deleted"));
        assertThat(_find(Details.class, spec -> spec.withClasses("diff-unchanged-part")))
                .hasSize(reports.version(id, 2).parts().size() - 1);
        assertThat(_find(Details.class, spec -> spec.withClasses("diff-unchanged-run")))
                .isNotEmpty();
        // the text with its comments stays below the comparison and the findings
        _get(Div.class, spec -> spec.withId("p-1-2"));

        _setValue(_get(Checkbox.class, spec -> spec.withId("diff-toggle")), false);
        _assertNone(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("diff-summary"));
        _get(Div.class, spec -> spec.withId("p-1-2"));

        _click(_get(Button.class, spec -> spec.withId("review-approve")));
        _click(_get(Button.class, spec -> spec.withId("approve-confirm")));
        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.COUNTY_REVIEW);
        expectNotifications("榆垡镇 2020年度报告已审核通过。");
    }

    @Test
    void aResubmissionOpensOnWhatChangedWithTheEarlierCommentAndItsReplyBesideTheEditedParagraph() {
        long id = yufa.reportId();
        returnedWithAParagraphComment(id);
        login(yufa.drafter());
        CommentView advisors = comments.list(id, reports.version(id, 1)).stream()
                .filter(c -> c.part() != null)
                .findFirst()
                .orElseThrow();
        comments.add(id, new NewComment(advisors.part(), 2, advisors.quote(), "已按上级文件的提法修改。", advisors.id()));
        resubmittedWithTheQuoteRewritten(id);

        login(yufa.advisor());
        openReview(id);
        ReviewView page = _get(ReviewView.class);
        Component changes = _get(Div.class, spec -> spec.withId("review-changes"));
        Component findings = _get(Details.class, spec -> spec.withId("review-findings"));
        Component document = _get(Div.class, spec -> spec.withClasses("review-document"));
        List<Component> order = page.getChildren().toList();
        assertThat(order.indexOf(changes))
                .as("what changed comes first, then the findings, then the text")
                .isLessThan(order.indexOf(findings))
                .isGreaterThan(0);
        assertThat(order.indexOf(findings)).isLessThan(order.indexOf(document));
        assertThat(_get(Checkbox.class, spec -> spec.withId("diff-toggle")).getValue())
                .isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("diff-summary"))
                        .getText())
                .isEqualTo("与第 1 版相比：修改 1 段，新增 0 段，删除 0 段。");
        Div changedRow = _get(Div.class, spec -> spec.withClasses("diff-changed"));
        assertThat(textOf(_get(changedRow, Div.class, spec -> spec.withClasses("diff-beside"))))
                .as("the earlier comment and its reply beside the change too")
                .contains("第 1 版的意见")
                .contains("“关键少数”的提法请与上级文件保持一致。")
                .contains("已按上级文件的提法修改。");
        assertThat(_find(Div.class, spec -> spec.withClasses("diff-beside"))).hasSize(1);

        Div card = _get(
                _get(Div.class, spec -> spec.withId("p-1-2")), Div.class, spec -> spec.withClasses("review-comment"));
        assertThat(card.getClassNames()).contains("comment-earlier");
        assertThat(_get(card, Div.class, spec -> spec.withClasses("comment-round"))
                        .getText())
                .isEqualTo("第 1 版的意见");
        assertThat(_get(card, Div.class, spec -> spec.withClasses("comment-moved"))
                        .getText())
                .isEqualTo("原第 2 段的文字已修改");
        assertThat(_get(card, Div.class, spec -> spec.withClasses("comment-text"))
                        .getText())
                .isEqualTo("“关键少数”的提法请与上级文件保持一致。");
        assertThat(_get(card, Div.class, spec -> spec.withClasses("comment-reply"))
                        .getElement()
                        .getTextRecursively())
                .contains("已按上级文件的提法修改。")
                .contains("榆垡镇起草人");
        _get(card, Span.class, spec -> spec.withText("未解决"));
        _assertNone(Details.class, spec -> spec.withClasses("moved-comments"));
    }

    @Test
    void theCountysReturnDialogOffersAnotherLegalReview() {
        long id = yufa.reportId();
        claimedByTheAdvisor(id);
        approvedByTheAdvisor(id);
        login(yufa.county());
        openReview(id);

        _click(_get(Button.class, spec -> spec.withId("review-return")));
        Checkbox reReview = _get(Checkbox.class, spec -> spec.withId("return-legal-rereview"));
        assertThat(reReview.getLabel()).isEqualTo("需重新进行法律审核");
        assertThat(reReview.getValue()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("dialog-cancel")));
        _assertNone(Dialog.class);
        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.COUNTY_REVIEW);
    }

    @Test
    void inEnglishTheCountyApproves() {
        long id = yufa.reportId();
        returnedWithAParagraphComment(id);
        resubmittedWithAnInsertion(id);
        login(yufa.advisor());
        review.claim(review.position(id).taskId());
        approvedByTheAdvisor(id);
        login(yufa.county());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        openReview(id);

        assertThat(_get(Button.class, spec -> spec.withId("review-approve")).getText())
                .isEqualTo("Approve");
        assertThat(_get(Button.class, spec -> spec.withId("review-return")).getText())
                .isEqualTo("Return for revision");
        Checkbox toggle = _get(Checkbox.class, spec -> spec.withId("diff-toggle"));
        assertThat(toggle.getLabel()).isEqualTo("Compare with the previous version (version 1 → 2)");
        assertThat(toggle.getValue())
                .as("the county's first review: the comparison is there, not opened")
                .isFalse();
        _assertNone(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("diff-summary"));
        assertThat(_find(Button.class, spec -> spec.withText("Comment"))).isNotEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Review · 榆垡镇, 2020 report");

        _click(_get(Button.class, spec -> spec.withId("review-approve")));
        _click(_get(Button.class, spec -> spec.withId("approve-confirm")));

        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.APPROVED);
        expectNotifications("The 2020 report of 榆垡镇 is approved.");
        _get(TasksView.class);
    }

    @Test
    void aDrafterDoesNotGetTheReviewPage() {
        long id = yufa.reportId();
        login(yufa.drafter());
        Throwable denied = catchThrowable(() -> UI.getCurrent().navigate("reports/" + id + "/review"));
        if (denied != null) {
            // Karibu's stand-in for Vaadin's access-denied page throws instead of rendering
            assertThat(denied).hasStackTraceContaining("AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(ReviewView.class::isInstance);
    }

    @Test
    void theTownshipLeadReadsTheReportWithoutActions() {
        long id = yufa.reportId();
        claimedByTheAdvisor(id);
        login(yufa.lead());
        openReview(id);
        _get(ReviewView.class);
        _get(Div.class, spec -> spec.withId("review-notice"));
        _assertNone(HorizontalLayout.class, spec -> spec.withId("decision-bar"));
        _assertNone(Button.class, spec -> spec.withText("批注"));
        _assertNone(Button.class, spec -> spec.withId("comment-whole"));
    }

    private void claimedByTheAdvisor(long id) {
        login(yufa.drafter());
        SubmitResult result = review.submit(id);
        assertThat(result.accepted())
                .as("pre-check findings: %s", result.findings())
                .isTrue();
        login(yufa.advisor());
        review.claim(review.position(id).taskId());
    }

    /** The advisor's comment on paragraph 1.2 (its first eight characters quoted), then the return. */
    private void returnedWithAParagraphComment(long id) {
        claimedByTheAdvisor(id);
        String second =
                Paragraphs.of(reports.version(id, 1).parts().get(0).body()).get(1);
        comments.add(
                id,
                new NewComment(
                        reports.version(id, 1).parts().get(0).kind(),
                        2,
                        second.substring(0, 8),
                        "“关键少数”的提法请与上级文件保持一致。",
                        null));
        review.decide(review.position(id).taskId(), Decision.RETURN, "第一部分第二段的提法请修改后重新提交。", false);
    }

    /** The drafter inserts {@link #INSERTED} into paragraph 1.2 and submits version 2. */
    private void resubmittedWithAnInsertion(long id) {
        login(yufa.drafter());
        ReportDetails returned = reports.get(id);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        List<ReportPart> parts = new ArrayList<>(returned.content().parts());
        ReportPart measures = parts.get(0);
        List<String> paragraphs = new ArrayList<>(Paragraphs.of(measures.body()));
        String second = paragraphs.get(1);
        paragraphs.set(1, second.substring(0, 10) + INSERTED + second.substring(10));
        parts.set(0, new ReportPart(measures.kind(), measures.heading(), String.join("\n", paragraphs)));
        ReportContent content = returned.content();
        reports.saveDraft(
                id,
                new ReportContent(content.title(), content.opening(), parts, content.closing()),
                returned.lockVersion());
        SubmitResult result = review.submit(id);
        assertThat(result.accepted())
                .as("pre-check findings: %s", result.findings())
                .isTrue();
        assertThat(result.version()).isEqualTo(2);
    }

    /** The drafter rewrites six of the eight characters the advisor's comment on paragraph 1.2 quotes, and submits. */
    private void resubmittedWithTheQuoteRewritten(long id) {
        login(yufa.drafter());
        ReportDetails returned = reports.get(id);
        List<ReportPart> parts = new ArrayList<>(returned.content().parts());
        ReportPart measures = parts.get(0);
        List<String> paragraphs = new ArrayList<>(Paragraphs.of(measures.body()));
        String second = paragraphs.get(1);
        paragraphs.set(1, second.substring(0, 2) + "加强理论武装" + second.substring(8));
        parts.set(0, new ReportPart(measures.kind(), measures.heading(), String.join("\n", paragraphs)));
        ReportContent content = returned.content();
        reports.saveDraft(
                id,
                new ReportContent(content.title(), content.opening(), parts, content.closing()),
                returned.lockVersion());
        SubmitResult result = review.submit(id);
        assertThat(result.accepted())
                .as("pre-check findings: %s", result.findings())
                .isTrue();
    }

    /** Approved by the advisor: the county's review is open. */
    private void approvedByTheAdvisor(long id) {
        login(yufa.advisor());
        review.decide(review.position(id).taskId(), Decision.APPROVE, "", false);
    }

    private void openReview(long id) {
        UI.getCurrent().navigate(ReviewView.class, ReviewView.parameters(id));
        _get(ReviewView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskItem> tasksGrid() {
        return _get(Grid.class, spec -> spec.withId("tasks-grid"));
    }

    @SuppressWarnings("unchecked")
    private static List<TaskItem> rows(Grid<?> grid) {
        List<TaskItem> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get((Grid<TaskItem>) grid, i));
        }
        return rows;
    }

    private static int rowOf(Grid<TaskItem> grid, long reportId) {
        List<TaskItem> rows = rows(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).reportId() == reportId) {
                return i;
            }
        }
        throw new AssertionError("no task for report " + reportId + " in " + rows);
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }
}
