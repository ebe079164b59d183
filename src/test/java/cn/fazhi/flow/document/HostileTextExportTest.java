package cn.fazhi.flow.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A report whose every text is markup, entities and characters XML cannot hold comes out of the .docx and PDF exports
 * as the same text, letter for letter where the format can hold it: no element, no entity, no fetched resource, and
 * no failure.
 */
class HostileTextExportTest {

    static final String MARKUP = "</p></body><img src=\"http://attacker.example/x.png\"/><script>alert(1)</script>"
            + "<a href='javascript:alert(2)'>x</a>&amp;&lt;&#x3c;<![CDATA[y]]><?pi z?><!--c-->\"'";

    /** Characters no XML document may hold: a control character, a lone surrogate, U+FFFE. */
    static final String NOT_XML = "\u0001\uD800\uFFFE";

    static ReportContent hostile() {
        return new ReportContent(
                "标题" + MARKUP + NOT_XML,
                "导语" + MARKUP,
                List.of(
                        new ReportPart(PartKind.MEASURES, "一、举措" + MARKUP, "一是" + MARKUP + NOT_XML + "\n（一）" + MARKUP),
                        new ReportPart(PartKind.SHORTCOMINGS, "二、不足", MARKUP)),
                new Closing("某镇人民政府" + MARKUP, "2025年1月1日" + MARKUP));
    }

    @Test
    void thePdfsXhtmlHoldsTheTextAsTextAndParsesAsXml() throws Exception {
        String xhtml = OfficialPdf.html(hostile());
        Document parsed = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(xhtml)));
        for (String tag : List.of("img", "script", "a")) {
            assertThat(parsed.getElementsByTagName(tag).getLength()).as(tag).isZero();
        }
        String body = parsed.getElementsByTagName("body").item(0).getTextContent();
        assertThat(body).contains("标题" + MARKUP, "导语" + MARKUP, "一是" + MARKUP, "某镇人民政府" + MARKUP);
        assertThat(parsed.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("标题" + MARKUP);
    }

    @Test
    void thePdfShowsTheMarkupAsText() throws IOException {
        byte[] pdf = OfficialPdf.render(hostile());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("<script>alert(1)</script>", "javascript:alert(2)", "&amp;&lt;&#x3c;");
        }
    }

    @Test
    void theDocxHoldsTheMarkupAsText() throws IOException {
        byte[] docx = OfficialDocx.render(hostile());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertThat(text).contains("标题" + MARKUP, "一是" + MARKUP, "某镇人民政府" + MARKUP);
            assertThat(text).doesNotContain("\u0001", "\uFFFE");
        }
    }
}
