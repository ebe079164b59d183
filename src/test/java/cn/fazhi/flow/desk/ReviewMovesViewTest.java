package cn.fazhi.flow.desk;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.publish.PublishFixture;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.ReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reviewer compares with the version they last reviewed (shown at once on the re-review), and sees a moved paragraph
 * as moved: where it went, where it came from, with the edit made on the way. The report's versions mark the one whose
 * submission was withdrawn.
 */
class ReviewMovesViewTest extends AbstractViewTest {

    private static final String EDITED_ONE = "一是抓学法用法，全年组织领导干部会前学法十二次，覆盖全体班子成员。";

    @Autowired
    ReviewService review;

    @Test
    void theAdvisorSeesTheChangesSinceTheirReturnWithTheMovedParagraph() {
        PublishFixture county = new PublishFixture(context, "pubdiff");
        long id = county.open(
                2024,
                PublishFixture.text(
                        2024,
                        PublishFixture.PARAGRAPH_ONE,
                        PublishFixture.PARAGRAPH_TWO,
                        PublishFixture.PARAGRAPH_THREE));
        county.submit(id);
        county.decide(county.advisor, id, Decision.RETURN);
        county.edit(id, PublishFixture.text(2024, PublishFixture.PARAGRAPH_TWO, PublishFixture.PARAGRAPH_THREE));
        county.submit(id);
        county.withdraw(id);
        county.edit(
                id,
                PublishFixture.text(2024, PublishFixture.PARAGRAPH_TWO, PublishFixture.PARAGRAPH_THREE, EDITED_ONE));
        county.submit(id);

        login(county.advisor);
        assertThat(review.lastReviewedVersion(id)).isEqualTo(1);
        UI.getCurrent().navigate("reports/" + id + "/review");
        Checkbox toggle = _get(Checkbox.class, spec -> spec.withId("diff-toggle"));
        assertThat(toggle.getLabel()).isEqualTo("与您上次审核的版本对比（第 1 版 → 第 3 版）");
        assertThat(toggle.getValue()).as("a re-review opens on what changed").isTrue();

        assertThat(_get(Paragraph.class, spec -> spec.withId("diff-summary")).getText())
                .isEqualTo("与第 1 版相比：修改 0 段，新增 0 段，删除 0 段，移动 1 段。");
        Div away = _get(Div.class, spec -> spec.withClasses("diff-moved-away"));
        assertThat(_get(away, Span.class, spec -> spec.withClasses("diff-move-badge"))
                        .getText())
                .isEqualTo("移至 1.3");
        assertThat(_get(away, Span.class, spec -> spec.withClasses("paragraph-no"))
                        .getText())
                .isEqualTo("原 1");
        Div here = _get(Div.class, spec -> spec.withClasses("diff-moved-here"));
        assertThat(_get(here, Span.class, spec -> spec.withClasses("diff-move-badge"))
                        .getText())
                .isEqualTo("自 1.1 移来");
        assertThat(_get(here, Span.class, spec -> spec.withClasses("diff-inserted"))
                        .getText())
                .isEqualTo("，覆盖全体班子成员");
        // no paragraph is shown as only added or only removed: both ends are the move
        assertThat(_find(Div.class, spec -> spec.withClasses("diff-added")))
                .allSatisfy(d -> assertThat(d.hasClassName("diff-moved")).isTrue());
        assertThat(_find(Div.class, spec -> spec.withClasses("diff-removed")))
                .allSatisfy(d -> assertThat(d.hasClassName("diff-moved")).isTrue());
        assertThat(_find(Div.class, spec -> spec.withClasses("diff-moved"))).hasSize(2);

        _setValue(toggle, false);
        _assertNone(Paragraph.class, spec -> spec.withId("diff-summary"));
        _setValue(toggle, true);
        _get(Paragraph.class, spec -> spec.withId("diff-summary"));
    }

    @Test
    void theVersionWhoseSubmissionWasWithdrawnIsMarkedSo() {
        PublishFixture county = new PublishFixture(context, "pubwithdrawn");
        long id = county.open(
                2024, PublishFixture.text(2024, PublishFixture.PARAGRAPH_ONE, PublishFixture.PARAGRAPH_TWO));
        county.submit(id);
        county.withdraw(id);
        county.edit(id, PublishFixture.text(2024, PublishFixture.PARAGRAPH_TWO, PublishFixture.PARAGRAPH_ONE));
        county.submit(id);

        login(county.advisor);
        UI.getCurrent().navigate("reports/" + id);
        Grid<?> versions = _get(Grid.class, spec -> spec.withId("report-versions"));
        assertThat(_size(versions)).isEqualTo(2);
        assertThat(_getFormatted(versions, 0, "number")).isEqualTo("第 2 版");
        assertThat(_getFormatted(versions, 1, "number")).isEqualTo("第 1 版（已撤回）");
        _clickItem(versions, 1);
        assertThat(_get(Dialog.class, spec -> spec.withId("version-dialog")).getHeaderTitle())
                .startsWith("第 1 版（已撤回） · ");
    }
}
