package cn.fazhi.flow.desk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.review.ReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the editor offers for the printed document, on a 太要镇 of its own whose report (from the 2022 sample, opened
 * for 2026) has no title: the example wording in empty fields marked 未填写, the one-click standard title, and
 * 预览/打印.
 */
class DraftPrintViewTest extends AbstractViewTest {

    private static final String STANDARD_TITLE = "太要镇人民政府关于2026年度法治政府建设情况的报告";

    @Autowired
    private OrgService org;

    @Autowired
    private ReviewService review;

    @Autowired
    private ReportService reports;

    private OwnTownship taiyao;

    @BeforeEach
    void aReportOfItsOwn() {
        logout();
        taiyao = OwnTownship.create(org, review, "太要镇", TownshipKind.TOWN, "taiyao-2022.txt", 2026);
    }

    @Test
    void emptyFieldsShowTheStandardWordingAsAnExampleNotAsText() {
        login(taiyao.drafter());
        UI.getCurrent().navigate("reports/" + taiyao.reportId() + "/edit");

        TextField title = _get(TextField.class, s -> s.withId("editor-title"));
        assertThat(title.getValue()).isEmpty();
        assertThat(title.getPlaceholder()).isEqualTo("（未填写）示例：" + STANDARD_TITLE);
        TextField leadership = _get(TextField.class, s -> s.withId("editor-heading-LEADERSHIP"));
        assertThat(leadership.getValue()).isEmpty();
        assertThat(leadership.getPlaceholder()).isEqualTo("（未填写）示例：" + PartKind.LEADERSHIP.standardHeading());
    }

    @Test
    void useTheStandardTitleFillsTheTitleSavesItAndTheMissingTitleWarningGoes() {
        login(taiyao.drafter());
        UI.getCurrent().navigate("reports/" + taiyao.reportId() + "/edit");
        assertThat(missingTitleFindings()).hasSize(1);

        Button standard = _get(Button.class, s -> s.withId("editor-standard-title"));
        assertThat(standard.getText()).isEqualTo("使用标准标题");
        _click(standard);

        assertThat(_get(TextField.class, s -> s.withId("editor-title")).getValue())
                .isEqualTo(STANDARD_TITLE);
        assertThat(reports.get(taiyao.reportId()).content().title()).isEqualTo(STANDARD_TITLE);
        assertThat(missingTitleFindings()).isEmpty();
    }

    @Test
    void previewOpensTheDraftsPdfInANewTab() {
        login(taiyao.drafter());
        UI.getCurrent().navigate("reports/" + taiyao.reportId() + "/edit");

        Anchor preview = _get(Anchor.class, s -> s.withId("editor-preview"));
        assertThat(preview.getElement().getTextRecursively()).isEqualTo("预览/打印");
        assertThat(preview.getTarget()).hasValue("_blank");
        assertThat(preview.getHref()).isNotBlank();
        assertThat(preview.getElement().hasAttribute("download")).isFalse();
    }

    private static java.util.List<Div> missingTitleFindings() {
        return _find(Div.class, s -> s.withClasses("check-finding")).stream()
                .filter(c -> "missing-title".equals(c.getElement().getAttribute("data-rule")))
                .toList();
    }
}
