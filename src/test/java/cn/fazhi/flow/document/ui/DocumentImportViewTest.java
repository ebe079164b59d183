package cn.fazhi.flow.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.document.DocumentFixture;
import cn.fazhi.flow.document.DocumentService;
import cn.fazhi.flow.document.SampleDocx;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportTextParser;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editor's import: the preview of an uploaded .docx, applying it to the draft and undoing that, a refused file,
 * and the version downloads. Works in a county of its own ({@link DocumentFixture}), as drafter "docview".
 */
class DocumentImportViewTest extends AbstractViewTest {

    private static final String DRAFTER = "docview";

    @Autowired
    private OrgService org;

    @Autowired
    private ReportService reports;

    @Autowired
    private DocumentService documents;

    private long reportId;

    @BeforeEach
    void openTheEditor() {
        reportId = DocumentFixture.report(org, reports, "DOC-VT", DRAFTER);
        login(DRAFTER);
        UI.getCurrent().navigate("reports/" + reportId + "/edit");
    }

    @Test
    void theDrafterPreviewsAnUploadAppliesItAndUndoesIt() {
        ReportContent before = reports.get(reportId).content();
        String sample = SampleDocx.sample("yufa-2020.txt");
        ReportContent expected = new ReportTextParser().parse(sample);
        assertThat(expected.title()).isNotEqualTo(before.title());

        _get(DocumentImport.class).received("榆垡镇.docx", SampleDocx.of(SampleDocx.lines(sample), Set.of()));

        Dialog preview = _get(Dialog.class, s -> s.withId("document-preview"));
        assertThat(preview.isOpened()).isTrue();
        assertThat(_get(Paragraph.class, s -> s.withId("document-preview-title"))
                        .getText())
                .contains(expected.title());
        for (var part : expected.parts()) {
            Div section = _get(
                    Div.class,
                    s -> s.withId("document-preview-part-" + part.kind().name()));
            assertThat(section.getElement().getTextRecursively()).contains(part.heading());
        }
        // Nothing is stored before "apply".
        assertThat(reports.get(reportId).content()).isEqualTo(before);

        _click(_get(Button.class, s -> s.withId("document-preview-apply")));

        assertThat(reports.get(reportId).content().title()).isEqualTo(expected.title());
        assertThat(_get(TextField.class, s -> s.withId("editor-title")).getValue())
                .isEqualTo(expected.title());
        assertThat(_get(TextArea.class, s -> s.withId("editor-body-MEASURES")).getValue())
                .isEqualTo(expected.part(PartKind.MEASURES).orElseThrow().body());
        Button undo = _get(Button.class, s -> s.withId("document-import-undo"));
        assertThat(undo.isVisible()).isTrue();

        _click(undo);

        assertThat(reports.get(reportId).content()).isEqualTo(before);
        assertThat(_get(TextField.class, s -> s.withId("editor-title")).getValue())
                .isEqualTo(before.title());
        assertThat(_find(Button.class, s -> s.withId("document-import-undo"))).isEmpty();
    }

    @Test
    void theUndoSurvivesAReloadUntilTheDraftChanges() {
        ReportContent before = reports.get(reportId).content();
        String sample = SampleDocx.sample("yufa-2020.txt");
        _get(DocumentImport.class).received("榆垡镇.docx", SampleDocx.of(SampleDocx.lines(sample), Set.of()));
        _click(_get(Button.class, s -> s.withId("document-preview-apply")));

        // A reload is a new editor on the same draft: the undo is still offered, and works.
        UI.getCurrent().navigate("reports/" + reportId);
        UI.getCurrent().navigate("reports/" + reportId + "/edit");
        Button undo = _get(Button.class, s -> s.withId("document-import-undo"));
        assertThat(undo.isVisible()).isTrue();
        _click(undo);
        assertThat(reports.get(reportId).content()).isEqualTo(before);
        assertThat(_get(TextField.class, s -> s.withId("editor-title")).getValue())
                .isEqualTo(before.title());

        // After another import the drafter types: the undo is gone, now and after a reload.
        _get(DocumentImport.class).received("榆垡镇.docx", SampleDocx.of(SampleDocx.lines(sample), Set.of()));
        _click(_get(Button.class, s -> s.withId("document-preview-apply")));
        TextField title = _get(TextField.class, s -> s.withId("editor-title"));
        _setValue(title, title.getValue() + "（修改）");
        assertThat(_find(Button.class, s -> s.withId("document-import-undo"))).isEmpty();
        UI.getCurrent().navigate("reports/" + reportId);
        UI.getCurrent().navigate("reports/" + reportId + "/edit");
        assertThat(_find(Button.class, s -> s.withId("document-import-undo"))).isEmpty();
        assertThat(documents.importUndoable(reportId)).isFalse();

        reports.saveDraft(reportId, before, reports.get(reportId).lockVersion());
    }

    @Test
    void webPageResidueIsStruckThroughInThePreviewAndNotImported() {
        ReportContent before = reports.get(reportId).content();
        String sample = SampleDocx.sample("panlong-2023.txt");

        _get(DocumentImport.class).received("盘龙彝族乡.docx", SampleDocx.of(SampleDocx.lines(sample), Set.of()));

        List<Paragraph> residue = _find(Paragraph.class, s -> s.withClasses("document-residue"));
        assertThat(residue)
                .extracting(Paragraph::getText)
                .containsExactly("2023年11月5日 星期天", "发布时间:2024-03-14 14:05:00     来源:盘龙彝族乡人民政府 阅读次数:1864");
        assertThat(_get(Div.class, s -> s.withId("document-preview-opening"))
                        .getElement()
                        .getTextRecursively())
                .contains("网页残留");
        assertThat(_get(Dialog.class, s -> s.withId("document-preview"))
                        .getElement()
                        .getTextRecursively())
                .contains("有 2 行网页残留（发布时间、来源、阅读次数等），已划掉，不会导入。");

        _click(_get(Button.class, s -> s.withId("document-preview-apply")));

        String opening = reports.get(reportId).content().opening();
        assertThat(opening).startsWith("2023年来").doesNotContain("阅读次数", "星期天");
        assertThat(reports.get(reportId).content().title()).isEqualTo("盘龙彝族乡2023年法治政府建设工作报告");

        reports.saveDraft(reportId, before, reports.get(reportId).lockVersion());
    }

    @Test
    void passagesThatFitNoPartAreHighlightedInThePreview() {
        List<String> lines = List.of("某镇2023年法治政府建设情况报告", "一、主要举措和成效", "全年组织学法12次。", "二、关于换届的说明", "换届依法进行。");

        _get(DocumentImport.class).received("a.docx", SampleDocx.of(lines, Set.of(1, 3)));

        List<Paragraph> unplaced = _find(Paragraph.class, s -> s.withClasses("document-unplaced"));
        assertThat(unplaced).extracting(Paragraph::getText).containsExactly("二、关于换届的说明", "换届依法进行。");
        _click(_get(Button.class, s -> s.withId("document-preview-cancel")));
        assertThat(_find(Dialog.class, s -> s.withId("document-preview"))).isEmpty();
    }

    @Test
    void aRefusedFileIsExplainedAndNothingIsStored() {
        ReportContent before = reports.get(reportId).content();

        _get(DocumentImport.class)
                .received("报告.txt", SampleDocx.sample("yufa-2020.txt").getBytes(Charset.forName("GBK")));

        NotificationsKt.expectNotifications("文本文件不是 UTF-8 编码。请在记事本或 WPS 中“另存为”UTF-8 编码后再导入。");
        assertThat(_find(Dialog.class, s -> s.withId("document-preview"))).isEmpty();
        assertThat(reports.get(reportId).content()).isEqualTo(before);
    }

    @Test
    void aFileTheBrowserRefusesIsExplainedByItsTypeOrSize() {
        DocumentImport importer = _get(DocumentImport.class);

        assertThat(importer.rejected("报告.pdf")).isEqualTo("只能导入 .docx 或 .txt 文件。");
        assertThat(importer.rejected("报告.DOCX")).isEqualTo("文件超过 20 MB，不能导入。");
    }

    @Test
    void eachVersionHasItsDownloads() {
        VersionDownloads downloads =
                new VersionDownloads(documents, reportId, reports.get(reportId).versions());
        UI.getCurrent().add(downloads);

        for (String id : List.of(
                "download-docx-1", "download-pdf-1", "download-docx-2", "download-pdf-2", "download-markup-2")) {
            Anchor anchor = _get(Anchor.class, s -> s.withId(id));
            assertThat(anchor.getHref()).as(id).isNotBlank();
        }
        assertThat(_find(Anchor.class, s -> s.withId("download-markup-1"))).isEmpty();
    }
}
