package cn.fazhi.flow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.check.WebResidueLines;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.report.ReportTextParser;
import cn.fazhi.flow.report.StandardWording;
import cn.fazhi.flow.report.VersionDiff;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mockito;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Import, export and the marked-up copy, without Spring: the service's pure methods on the five samples. */
class DocumentServiceTest {

    private final DocumentService service = new DocumentService(null, null, null, null, null, new WebResidueLines());
    private final ReportTextParser parser = new ReportTextParser();

    static List<String> samples() {
        return SampleDocx.SAMPLES;
    }

    private ParsedDocument parse(String name, byte[] bytes) {
        return service.parse(name, new ByteArrayInputStream(bytes));
    }

    /**
     * What an import makes of a sample: the text parser's split, except that 洪山镇's title, written over two lines
     * (洪山镇人民政府 / 关于2023年度法治政府建设情况的报告), is taken whole rather than leaving the office in the opening.
     */
    private ReportContent imported(String sample) {
        ReportContent parsed = parser.parse(SampleDocx.sample(sample));
        if (!sample.equals("hongshan-2023.txt")) {
            return parsed;
        }
        assertThat(parsed.title()).isEqualTo("关于2023年度法治政府建设情况的报告");
        assertThat(parsed.opening()).startsWith("洪山镇人民政府\n");
        return new ReportContent(
                "洪山镇人民政府关于2023年度法治政府建设情况的报告",
                parsed.opening().substring("洪山镇人民政府\n".length()),
                parsed.parts(),
                parsed.closing());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aDocxWithoutHeadingStylesSplitsAsTheTextParserSplitsTheSample(String sample) {
        String text = SampleDocx.sample(sample);
        ReportContent expected = imported(sample);

        ParsedDocument parsed = parse("report.docx", SampleDocx.of(SampleDocx.lines(text), Set.of()));

        assertThat(parsed.parts()).isNotEmpty();
        assertThat(SampleDocx.normalised(parsed.toContent())).isEqualTo(SampleDocx.normalised(expected));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aDocxWithHeadingStylesSplitsAtTheStyledHeadingsIntoTheSameParts(String sample) {
        String text = SampleDocx.sample(sample);
        ReportContent expected = imported(sample);
        Set<String> headings =
                expected.parts().stream().map(ReportPart::heading).collect(Collectors.toSet());
        List<String> lines = SampleDocx.lines(text);
        Set<Integer> styled = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (headings.contains(lines.get(i).strip())
                    && parser.headingKind(lines.get(i)).isPresent()) {
                styled.add(i);
            }
        }
        assertThat(styled).hasSizeGreaterThanOrEqualTo(expected.parts().size());

        ParsedDocument parsed = parse("report.docx", SampleDocx.of(lines, styled));

        assertThat(SampleDocx.normalised(parsed.toContent())).isEqualTo(SampleDocx.normalised(expected));
    }

    @Test
    void styledHeadingsWinOverWordingAndAHeadingThatNamesNoPartStaysWhereItStood() {
        List<String> lines = List.of(
                "某镇2023年法治政府建设情况报告",
                "现将有关情况报告如下：",
                "一、主要举措和成效",
                "（一）加强学习。全年组织学法12次。",
                "二、关于村级换届的说明",
                "换届工作依法进行。",
                "三、存在的不足",
                "执法人员不足。",
                "某镇人民政府",
                "2023年12月26日");
        // Line 4 ("二、关于村级换届的说明") is styled Heading 1 but names no part; line 3 is a plain paragraph.
        ParsedDocument parsed = parse("a.docx", SampleDocx.of(lines, Set.of(2, 4, 6)));

        assertThat(parsed.title()).isEqualTo("某镇2023年法治政府建设情况报告");
        assertThat(parsed.parts())
                .extracting(ReportPart::kind)
                .containsExactly(PartKind.MEASURES, PartKind.SHORTCOMINGS);
        assertThat(parsed.parts().get(0).body()).isEqualTo("（一）加强学习。全年组织学法12次。\n二、关于村级换届的说明\n换届工作依法进行。");
        assertThat(parsed.unplaced())
                .containsExactly(new ParsedDocument.Unplaced(PartKind.MEASURES, "二、关于村级换届的说明\n换届工作依法进行。"));
        assertThat(parsed.notices()).extracting(ParsedDocument.Notice::key).contains("document.notice.unplaced");
        assertThat(parsed.closing()).isEqualTo(new Closing("某镇人民政府", "2023年12月26日"));
        assertThat(parsed.parts().get(1).body()).isEqualTo("执法人员不足。");
    }

    @Test
    void theAddresseeLineIsTakenFromTheTopOfTheOpeningAndPutBackForTheDraft() {
        String text = SampleDocx.sample("hongshan-2023.txt");
        ParsedDocument parsed = parse("hongshan.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(parsed.addressee()).isEqualTo("中共沈丘县委、沈丘县人民政府：");
        assertThat(cn.fazhi.flow.report.Paragraphs.of(parsed.opening()).get(0)).isEqualTo("中共沈丘县委、沈丘县人民政府：");
        assertThat(SampleDocx.normalised(parsed.toContent()))
                .isEqualTo(SampleDocx.normalised(imported("hongshan-2023.txt")));
    }

    @Test
    void aTitleWrittenOverTwoLinesIsImportedWhole() {
        List<String> lines = SampleDocx.lines(SampleDocx.sample("hongshan-2023.txt"));
        assertThat(lines.subList(0, 2)).containsExactly(" 洪山镇人民政府", "关于2023年度法治政府建设情况的报告");

        for (ParsedDocument parsed :
                List.of(parse("洪山镇.docx", SampleDocx.of(lines, Set.of())), parse("洪山镇.docx", SampleDocx.build(doc -> {
                    // Both title lines in the Title style, the parts' headings in Heading 1: the split by styles.
                    CTStyle title = CTStyle.Factory.newInstance();
                    title.setStyleId("Title");
                    title.setType(STStyleType.PARAGRAPH);
                    title.addNewName().setVal("Title");
                    doc.getStyles().addStyle(new XWPFStyle(title));
                    for (int i = 0; i < lines.size(); i++) {
                        XWPFParagraph p = doc.createParagraph();
                        if (i < 2) {
                            p.setStyle("Title");
                        } else if (parser.headingKind(lines.get(i)).isPresent()) {
                            p.setStyle("Heading1");
                        }
                        p.createRun().setText(lines.get(i));
                    }
                })))) {
            assertThat(parsed.title()).isEqualTo("洪山镇人民政府关于2023年度法治政府建设情况的报告");
            assertThat(cn.fazhi.flow.report.Paragraphs.of(parsed.opening()))
                    .first()
                    .isEqualTo("中共沈丘县委、沈丘县人民政府：");
        }

        // An office line below the title, or a title not starting with 关于, is left as written.
        ParsedDocument below = parse(
                "a.txt",
                "关于2023年度法治政府建设情况的报告\n洪山镇人民政府\n一、主要举措和成效\n全年学法6次。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(below.title()).isEqualTo("关于2023年度法治政府建设情况的报告");
        assertThat(below.opening()).isEqualTo("洪山镇人民政府");
        ParsedDocument notAbout = parse(
                "b.txt",
                "洪山镇人民政府\n洪山镇2023年法治政府建设情况报告\n一、主要举措和成效\n全年学法6次。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notAbout.title()).isEqualTo("洪山镇2023年法治政府建设情况报告");
    }

    @Test
    void tablesComeAcrossRowByRowAndImagesAreSkippedWithANotice() throws Exception {
        byte[] png = firstPng();
        byte[] docx = SampleDocx.build(doc -> {
            doc.createParagraph().createRun().setText("一、主要举措和成效");
            doc.createParagraph().createRun().setText("全年情况如下表。");
            XWPFTable table = doc.createTable(2, 3);
            String[][] cells = {{"项目", "件数", "备注"}, {"行政复议", "3", "均已办结"}};
            for (int r = 0; r < 2; r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < 3; c++) {
                    row.getCell(c).setText(cells[r][c]);
                }
            }
            try {
                doc.createParagraph()
                        .createRun()
                        .addPicture(
                                new ByteArrayInputStream(png),
                                Document.PICTURE_TYPE_PNG,
                                "chart.png",
                                Units.toEMU(50),
                                Units.toEMU(50));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            doc.createParagraph().createRun().setText("二、存在的不足");
            doc.createParagraph().createRun().setText("人员不足。");
        });

        ParsedDocument parsed = parse("t.docx", docx);

        assertThat(parsed.toContent().part(PartKind.MEASURES).orElseThrow().body())
                .isEqualTo("全年情况如下表。\n项目｜件数｜备注\n行政复议｜3｜均已办结");
        assertThat(parsed.notices())
                .containsExactlyInAnyOrder(
                        new ParsedDocument.Notice("document.notice.imagesSkipped", 1),
                        new ParsedDocument.Notice("document.notice.tables", 1));
    }

    private static byte[] firstPng() throws IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aTextWithNoPartHeadingIsKeptWholeInTheOpeningAndShownAsUnplaced() {
        ParsedDocument parsed = parse("x.txt", "今年做了很多工作。\n明年继续努力。".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(parsed.parts()).isEmpty();
        assertThat(parsed.opening()).isEqualTo("今年做了很多工作。\n明年继续努力。");
        assertThat(parsed.unplaced()).containsExactly(new ParsedDocument.Unplaced(null, parsed.opening()));
        assertThat(parsed.notices()).extracting(ParsedDocument.Notice::key).containsExactly("document.notice.noParts");
    }

    @Test
    void aTextNotInUtf8IsRefused() {
        byte[] gbk = "一、主要举措".getBytes(java.nio.charset.Charset.forName("GBK"));

        assertThatThrownBy(() -> parse("x.txt", gbk))
                .isInstanceOfSatisfying(
                        FlowException.class, e -> assertThat(e.messageKey()).isEqualTo("document.error.notUtf8"));
    }

    // --- export ---------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("samples")
    void anExportedDocxImportsBackToTheSameText(String sample) {
        ReportContent content = parser.parse(SampleDocx.sample(sample));

        ParsedDocument back = parse("export.docx", service.docx(content));

        // The document has all five parts: one the sample lacks comes back with its standard heading and no text.
        ReportContent expected = new ReportContent(
                content.title(),
                content.opening(),
                StandardWording.completed(content, null).parts(),
                new Closing(
                        content.closing().office(),
                        Layout.date(content.closing().date())));
        assertThat(SampleDocx.normalised(back.toContent())).isEqualTo(SampleDocx.normalised(expected));
    }

    @Test
    void theExportedDocxHasTheOfficialPageSetupFontsAndHeadingLevels() throws IOException {
        ReportContent parsed = parser.parse(SampleDocx.sample("panlong-2023.txt"));
        ReportContent content = new ReportContent(
                parsed.title(), parsed.opening(), parsed.parts(), new Closing("盘龙彝族乡人民政府", "2023-12-26"));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(service.docx(content)))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            // A4 in twips (1/20 pt): 210 × 297 mm.
            assertThat(sect.getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(java.math.BigInteger.valueOf(16838));
            // Top 37 mm, binding (left) 28 mm, type area 156 × 225 mm: right 26 mm, bottom 35 mm.
            assertThat(twips(sect.getPgMar().getTop())).isEqualTo(2098);
            assertThat(twips(sect.getPgMar().getLeft())).isEqualTo(1587);
            assertThat(twips(sect.getPgMar().getRight())).isEqualTo(1474);
            assertThat(twips(sect.getPgMar().getBottom())).isEqualTo(1984);
            // 22 lines: 225 mm / 22 = 28.95 pt = 579 twips.
            assertThat(sect.getDocGrid().getLinePitch()).isEqualTo(java.math.BigInteger.valueOf(579));

            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph title = paragraphs.get(0);
            assertThat(title.getText()).isEqualTo(content.title());
            assertThat(title.getStyle()).isEqualTo("Title");
            assertThat(title.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            assertThat(eastAsia(title.getRuns().get(0))).isEqualTo("方正小标宋简体");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);

            List<XWPFParagraph> headings = paragraphs.stream()
                    .filter(p -> "Heading1".equals(p.getStyle()))
                    .toList();
            assertThat(headings)
                    .extracting(XWPFParagraph::getText)
                    .containsExactlyElementsOf(StandardWording.completed(content, null).parts().stream()
                            .map(ReportPart::heading)
                            .toList());
            assertThat(eastAsia(headings.get(0).getRuns().get(0))).isEqualTo("黑体");
            assertThat(UploadReader.level(doc, headings.get(0))).isEqualTo(1);

            XWPFParagraph second = paragraphs.stream()
                    .filter(p -> p.getText().startsWith("(五)重大突发事件依法预防处置"))
                    .findFirst()
                    .orElseThrow();
            assertThat(second.getStyle()).isEqualTo("Heading2");
            assertThat(UploadReader.level(doc, second)).isEqualTo(2);
            assertThat(eastAsia(second.getRuns().get(0))).isEqualTo("楷体_GB2312");

            XWPFParagraph body = paragraphs.stream()
                    .filter(p -> p.getText().startsWith("2023年来"))
                    .findFirst()
                    .orElseThrow();
            assertThat(eastAsia(body.getRuns().get(0))).isEqualTo("仿宋_GB2312");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getCTP().getPPr().getInd().getFirstLineChars())
                    .isEqualTo(java.math.BigInteger.valueOf(200));

            XWPFParagraph date = paragraphs.get(paragraphs.size() - 1);
            assertThat(date.getText()).isEqualTo("2023年12月26日");
            assertThat(paragraphs.get(paragraphs.size() - 2).getText()).isEqualTo("盘龙彝族乡人民政府");
            assertThat(date.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            assertThat(date.getCTP().getPPr().getInd().getRightChars()).isEqualTo(java.math.BigInteger.valueOf(200));

            assertThat(doc.getEvenAndOddHeadings()).isTrue();
            XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();
            assertThat(odd.getParagraphs().get(0).getAlignment())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            assertThat(even.getParagraphs().get(0).getAlignment())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
            XWPFParagraph number = odd.getParagraphs().get(0);
            assertThat(number.getCTP().xmlText()).contains("PAGE");
            assertThat(number.getText()).startsWith("— ").endsWith(" —");
            assertThat(eastAsia(number.getRuns().get(0))).isEqualTo("宋体");
            assertThat(number.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
        }
    }

    @Test
    void theClosingDateIsWrittenInTheOfficialForm() {
        assertThat(Layout.date("2022-12-26")).isEqualTo("2022年12月26日");
        assertThat(Layout.date("２０２２．０１．０６")).isEqualTo("2022年1月6日");
        assertThat(Layout.date("2022年 12月 26日")).isEqualTo("2022年12月26日");
        assertThat(Layout.date("二〇二二年十二月")).isEqualTo("二〇二二年十二月");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void thePdfHoldsTheTitleAndEveryPartHeadingInChineseWithEmbeddedFonts(String sample) throws IOException {
        ReportContent content = parser.parse(SampleDocx.sample(sample));

        byte[] pdf = service.pdf(content);

        Path out = Path.of(System.getProperty("java.io.tmpdir"), "fazhi-" + sample.replace(".txt", ".pdf"));
        Files.write(out, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(content.title().replaceAll("\\s+", ""));
            for (ReportPart part : content.parts()) {
                assertThat(text).contains(part.heading().replaceAll("\\s+", ""));
            }
            assertThat(text).contains("—1—");
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).isNotEmpty();
            // A4: 595 × 842 pt.
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void aReportWithAnEmptyTitleAndEmptyHeadingsPrintsTheStandardTitleAndAllFivePartHeadings() throws IOException {
        ReportContent draft = new ReportContent(
                " ",
                "",
                List.of(
                        new ReportPart(PartKind.MEASURES, "", "全年学法6次。"),
                        new ReportPart(PartKind.SHORTCOMINGS, "", "执法力量不足。")),
                new Closing("太要镇人民政府", "2026年12月1日"));
        ReportService reports = Mockito.mock(ReportService.class);
        Mockito.when(reports.workingCopy(7L)).thenReturn(draft);
        Mockito.when(reports.version(7L, 1)).thenReturn(draft);
        Mockito.when(reports.requireReadable(7L))
                .thenReturn(new TownshipInfo(1, "T01", "太要镇", TownshipKind.TOWN, 1, "示范县", false));
        Mockito.when(reports.get(7L))
                .thenReturn(new ReportDetails(
                        7, 1, "太要镇", 1, 2026, ReportStatus.DRAFTING, null, null, draft, 1, 3, null, null, List.of()));
        DocumentService documents = new DocumentService(reports, null, null, null, null, new WebResidueLines());
        String title = "太要镇人民政府关于2026年度法治政府建设情况的报告";
        List<String> headings = java.util.Arrays.stream(PartKind.values())
                .map(PartKind::standardHeading)
                .toList();

        try (PDDocument doc = Loader.loadPDF(documents.draftPdf(7L))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).startsWith("—1—" + title); // the page number box, then the title
            assertThat(text).contains(headings);
            assertThat(text.indexOf(headings.get(1))).isLessThan(text.indexOf("执法力量不足。"));
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.versionDocx(7L, 1)))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(title);
            assertThat(doc.getParagraphs().stream()
                            .filter(p -> "Heading1".equals(p.getStyle()))
                            .map(XWPFParagraph::getText))
                    .containsExactlyElementsOf(headings);
        }
    }

    // --- marked-up copy ---------------------------------------------------------------------------------------

    @Test
    void theMarkedUpCopyUnderlinesInsertionsAndStrikesDeletions() throws IOException {
        ReportContent before = new ReportContent(
                "某镇法治政府建设情况报告",
                "",
                List.of(new ReportPart(PartKind.MEASURES, "一、主要举措", "全年组织学法5次。\n旧的一段话。")),
                new Closing("某镇人民政府", "2023年12月26日"));
        ReportContent after = new ReportContent(
                "某镇法治政府建设情况报告",
                "",
                List.of(new ReportPart(PartKind.MEASURES, "一、主要举措", "全年组织学法12次。")),
                new Closing("某镇人民政府", "2023年12月26日"));

        byte[] docx = OfficialDocx.markup(VersionDiff.compare(before, after));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFRun> runs = doc.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream())
                    .toList();
            String struck = runs.stream()
                    .filter(XWPFRun::isStrikeThrough)
                    .map(XWPFRun::text)
                    .collect(Collectors.joining());
            String underlined = runs.stream()
                    .filter(r -> r.getUnderline() == UnderlinePatterns.SINGLE)
                    .map(XWPFRun::text)
                    .collect(Collectors.joining());
            assertThat(struck).contains("5").contains("旧的一段话。");
            assertThat(underlined).contains("12");
            assertThat(underlined).doesNotContain("旧的");
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("某镇法治政府建设情况报告");
        }
    }

    private static int twips(Object value) {
        return ((java.math.BigInteger) value).intValue();
    }

    private static String eastAsia(XWPFRun run) {
        return run.getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }
}
