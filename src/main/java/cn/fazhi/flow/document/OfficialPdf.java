package cn.fazhi.flow.document;

import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A report as a PDF in the layout of {@link OfficialDocx}, rendered by openhtmltopdf (PDFBox) from XHTML with CSS paged
 * media: A4, the same margins and 22 lines of 28 characters, page numbers "— 1 —" right on odd and left on even pages.
 *
 * <p>Fonts: PDFBox embeds TrueType outlines only, so the CFF-based Noto CJK collections cannot be used. The Debian
 * packages {@code fonts-arphic-gbsn00lp} (AR PL SungtiL GB, a 宋体 for the title and text: there is no free 仿宋 or 小标宋),
 * {@code fonts-arphic-gkai00mp} (AR PL KaitiM GB, 楷体) and {@code fonts-wqy-zenhei} (文泉驿正黑, 黑体, a TrueType
 * collection) are; each falls back to the others, and without any of them no PDF is made.
 */
final class OfficialPdf {

    private static final String SONG = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
    private static final String KAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
    private static final String HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private OfficialPdf() {}

    static byte[] render(ReportContent content) {
        String html = html(content);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            registerFonts(builder, pdf);
            builder.withHtmlContent(html, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers the fonts found under the family names the CSS uses: song, kai, hei. */
    private static void registerFonts(PdfRendererBuilder builder, PDDocument pdf) throws IOException {
        boolean song = Files.isReadable(Path.of(SONG));
        boolean kai = Files.isReadable(Path.of(KAI));
        TrueTypeFont hei = Files.isReadable(Path.of(HEI)) ? zenHei() : null;
        if (!song && !kai && hei == null) {
            throw new IllegalStateException("No CJK TrueType font found: install fonts-arphic-gbsn00lp, "
                    + "fonts-arphic-gkai00mp or fonts-wqy-zenhei");
        }
        for (String family : List.of("song", "kai", "hei")) {
            String first =
                    switch (family) {
                        case "kai" -> kai ? KAI : song ? SONG : null;
                        case "hei" -> hei != null ? null : song ? SONG : KAI;
                        default -> song ? SONG : kai ? KAI : null;
                    };
            if (first != null) {
                builder.useFont(new File(first), family);
            } else {
                builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, hei, true)), family);
            }
        }
    }

    private static TrueTypeFont zenHei() throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(new File(HEI));
        TrueTypeFont[] found = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (found[0] == null) {
                found[0] = f;
            }
        });
        return found[0];
    }

    static String html(ReportContent content) {
        double line = Layout.linePitchPt();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(content.title()))
                .append("</title><style>")
                .append(String.format(
                        Locale.ROOT,
                        "@page { size: A4; margin: %.1fmm %.1fmm %.1fmm %.1fmm; }",
                        Layout.TOP_MM,
                        Layout.RIGHT_MM,
                        Layout.BOTTOM_MM,
                        Layout.LEFT_MM))
                .append(pageNumber("right", "bottom-right", "padding-right"))
                .append(pageNumber("left", "bottom-left", "padding-left"))
                .append(String.format(
                        Locale.ROOT,
                        "body { margin: 0; font-family: song, kai, hei; font-size: %dpt; line-height: %.2fpt; }",
                        Layout.TEXT_PT,
                        line))
                .append("p { margin: 0; text-indent: 2em; text-align: justify; }")
                .append(String.format(
                        Locale.ROOT,
                        "h1 { font-family: song, hei; font-size: %dpt; font-weight: normal; text-align: center;"
                                + " margin: 0 0 %.2fpt 0; line-height: %.2fpt; }",
                        Layout.TITLE_PT,
                        line,
                        line))
                .append("h2 { font-family: hei, song; font-size: inherit; font-weight: normal; margin: 0;"
                        + " text-indent: 2em; }")
                .append(".hei { font-family: hei, song; } .kai { font-family: kai, song; }")
                .append("p.addressee { text-indent: 0; }")
                .append(String.format(
                        Locale.ROOT, ".closing { text-align: right; text-indent: 0; padding-right: 2em; }"))
                .append(String.format(Locale.ROOT, ".gap { height: %.2fpt; }", line))
                .append("</style></head><body>");
        if (!content.title().isBlank()) {
            h.append("<h1>").append(escape(content.title())).append("</h1>");
        }
        List<String> opening = Paragraphs.of(content.opening());
        int addressee = Layout.addressee(opening);
        for (int i = 0; i < opening.size(); i++) {
            paragraph(h, opening.get(i), i == addressee ? "addressee" : null);
        }
        for (ReportPart part : content.parts()) {
            h.append("<h2>").append(escape(part.heading())).append("</h2>");
            for (String p : Paragraphs.of(part.body())) {
                paragraph(h, p, null);
            }
        }
        String office = content.closing().office();
        String date = Layout.date(content.closing().date());
        if (!office.isBlank() || !date.isBlank()) {
            h.append("<div class=\"gap\"></div>");
            for (String l : office.split("\n")) {
                if (!l.isBlank()) {
                    h.append("<p class=\"closing\">").append(escape(l.strip())).append("</p>");
                }
            }
            if (!date.isBlank()) {
                h.append("<p class=\"closing\">").append(escape(date)).append("</p>");
            }
        }
        return h.append("</body></html>").toString();
    }

    private static String pageNumber(String side, String box, String padding) {
        return String.format(
                Locale.ROOT,
                "@page :%s { @%s { content: \"— \" counter(page) \" —\"; font-family: song, hei; font-size: %dpt;"
                        + " %s: 1em; vertical-align: top; padding-top: %.1fmm; } }",
                side,
                box,
                Layout.PAGE_NUMBER_PT,
                padding,
                7.0 - 5.0);
    }

    private static void paragraph(StringBuilder h, String text, String cssClass) {
        h.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">");
        Layout.Level level = Layout.level(text);
        if (level == Layout.Level.FIRST || level == Layout.Level.SECOND) {
            int end = Layout.headingEnd(text);
            h.append("<span class=\"")
                    .append(level == Layout.Level.FIRST ? "hei" : "kai")
                    .append("\">")
                    .append(escape(text.substring(0, end)))
                    .append("</span>")
                    .append(escape(text.substring(end)));
        } else {
            h.append(escape(text));
        }
        h.append("</p>");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
