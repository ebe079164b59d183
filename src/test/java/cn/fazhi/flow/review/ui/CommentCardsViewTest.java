package cn.fazhi.flow.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.review.CommentView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comment cards beside a paragraph of the review page: who and when, the moved note, the quote, the replies under
 * their comment, the resolve or reopen the reviewer gets (and only they), and an earlier round's comments set apart.
 */
class CommentCardsViewTest extends AbstractViewTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CommentView open = comment(1, PartKind.MEASURES, 2, 2, "请补充数据。", null, false);
    private final CommentView moved = comment(2, PartKind.MEASURES, 3, null, "原文已改，请核对。", null, false);
    private final CommentView resolved = comment(3, null, null, null, "全文请核对统计口径。", null, true);
    private final CommentView reply = comment(4, PartKind.MEASURES, 2, 2, "已补充。", 1L, false);
    private final CommentView orphan = comment(5, PartKind.MEASURES, 2, 2, "回复的意见已删除。", 99L, false);
    private final List<CommentView> all = List.of(open, moved, resolved, reply, orphan);

    @Test
    void aReplyStandsUnderItsCommentAndAReplyWithoutItsCommentStandsOnItsOwn() {
        assertThat(CommentCards.topLevel(all, c -> c.part() == PartKind.MEASURES))
                .containsExactly(open, moved, orphan);
    }

    @Test
    void theReviewerResolvesAndReopens() {
        List<String> calls = new ArrayList<>();
        CommentCards cards = CommentCards.beside(
                all, List.of(open, moved, resolved), 1, ZONE, (c, to) -> calls.add(c.id() + ":" + to));
        UI.getCurrent().add(cards);

        List<Div> shown = _find(cards, Div.class, spec -> spec.withClasses("review-comment"));
        assertThat(shown).hasSize(3);
        Div first = shown.get(0);
        assertThat(first.getClassNames()).contains("comment-open");
        assertThat(_get(first, Div.class, spec -> spec.withClasses("comment-quote"))
                        .getText())
                .isEqualTo("原文：“请补充”");
        Div meta = (Div) first.getChildren().findFirst().orElseThrow();
        assertThat(meta.getClassNames()).contains("comment-meta");
        assertThat(meta.getText()).startsWith("张律师（法律顾问） · 法律顾问审核 · 第 1 版 · ");
        assertThat(_get(first, Div.class, spec -> spec.withClasses("comment-reply"))
                        .getElement()
                        .getTextRecursively())
                .contains("已补充。");
        assertThat(_get(shown.get(1), Div.class, spec -> spec.withClasses("comment-moved"))
                        .getText())
                .isEqualTo("原第 3 段的文字已修改");
        assertThat(shown.get(2).getClassNames()).contains("comment-resolved");
        _get(shown.get(2), Span.class, spec -> spec.withText("已解决"));

        _click(_get(first, Button.class, spec -> spec.withText("标为已解决")));
        _click(_get(shown.get(2), Button.class, spec -> spec.withText("重新打开")));
        assertThat(calls).containsExactly("1:true", "3:false");
    }

    @Test
    void whoMayNotActReadsTheCardsWithoutButtons() {
        CommentCards cards = CommentCards.beside(all, List.of(open, resolved), 1, ZONE, null);
        UI.getCurrent().add(cards);

        assertThat(_find(cards, Div.class, spec -> spec.withClasses("review-comment")))
                .hasSize(2);
        _assertNone(cards, Button.class);
        _assertNone(cards, Div.class, spec -> spec.withClasses("comment-earlier"));
        _assertNone(cards, Div.class, spec -> spec.withClasses("comment-round"));
    }

    @Test
    void onALaterVersionTheEarlierRoundsCommentsAreGreyedUnderTheirVersionWithTheirDisposition() {
        CommentView followed = new CommentView(
                6,
                1,
                PartKind.MEASURES,
                4,
                5,
                true,
                "旧的提法",
                "提法请统一。",
                "advisor",
                "张律师",
                Role.LEGAL_ADVISOR,
                "Task_LegalReview",
                null,
                false,
                null,
                Instant.parse("2025-01-10T02:00:00Z"));
        CommentCards cards = CommentCards.beside(
                List.of(open, reply, resolved, followed), List.of(open, resolved, followed), 2, ZONE, null);
        UI.getCurrent().add(cards);

        List<Div> shown = _find(cards, Div.class, spec -> spec.withClasses("review-comment"));
        assertThat(shown).hasSize(3).allSatisfy(card -> {
            assertThat(card.getClassNames()).contains("comment-earlier");
            assertThat(_get(card, Div.class, spec -> spec.withClasses("comment-round"))
                            .getText())
                    .isEqualTo("第 1 版的意见");
        });
        Div first = shown.get(0);
        assertThat(_get(first, Div.class, spec -> spec.withClasses("comment-reply"))
                        .getElement()
                        .getTextRecursively())
                .contains("已补充。");
        assertThat(_get(first, Span.class, spec -> spec.withClasses("comment-open-note"))
                        .getText())
                .isEqualTo("未解决");
        _get(shown.get(1), Span.class, spec -> spec.withText("已解决"));
        _assertNone(shown.get(1), Span.class, spec -> spec.withClasses("comment-open-note"));
        assertThat(_get(shown.get(2), Div.class, spec -> spec.withClasses("comment-moved"))
                        .getText())
                .as("followed to the paragraph its own became, its quoted text edited")
                .isEqualTo("原第 4 段的文字已修改");
    }

    private static CommentView comment(
            long id, PartKind part, Integer paragraph, Integer anchor, String text, Long replyTo, boolean resolved) {
        return new CommentView(
                id,
                1,
                part,
                paragraph,
                anchor,
                part != null && anchor == null,
                part != null && replyTo == null ? "请补充" : null,
                text,
                "advisor",
                "张律师",
                Role.LEGAL_ADVISOR,
                "Task_LegalReview",
                replyTo,
                resolved,
                resolved ? "advisor" : null,
                Instant.parse("2025-01-10T02:00:00Z"));
    }
}
