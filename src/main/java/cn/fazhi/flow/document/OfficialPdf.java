package cn.fazhi.flow.document;

import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * {@code fonts-arphic-gkai00mp} (AR PL KaitiM GB, 楷体) and {@code fonts-droid-fallback} (Droid Sans Fallback, a 黑体;
 * or 文泉驿正黑 of {@code fonts-wqy-zenhei}, a TrueType collection, slower to load) are; a family without its font takes
 * another's, and without any of them no PDF is made.
 */
final class OfficialPdf {

    /** Per font family of the CSS, the font files tried in turn (TrueType only: see the class comment). */
    private static final Map<String, List<String>> FONTS = Map.of(
            "song",
            List.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"),
            "kai",
            List.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"),
            "hei",
            List.of(
                    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

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

    /** Registers a font for each family the CSS uses (song, kai, hei); a family without its own takes another's. */
    private static void registerFonts(PdfRendererBuilder builder, PDDocument pdf) throws IOException {
        Map<String, Path> found = new LinkedHashMap<>();
        for (String family : List.of("song", "kai", "hei")) {
            FONTS.get(family).stream()
                    .map(Path::of)
                    .filter(Files::isReadable)
                    .findFirst()
                    .ifPresent(path -> found.put(family, path));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No CJK TrueType font found: install the Debian packages "
                    + "fonts-arphic-gbsn00lp, fonts-arphic-gkai00mp and fonts-droid-fallback (or fonts-wqy-zenhei)");
        }
        Path any = found.values().iterator().next();
        for (String family : List.of("song", "kai", "hei")) {
            Path path = found.getOrDefault(family, any);
            if (path.toString().endsWith(".ttc")) {
                builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, firstOf(path), true)), family);
            } else {
                builder.useFont(path.toFile(), family);
            }
        }
    }

    private static TrueTypeFont firstOf(Path collection) throws IOException {
        TrueTypeCollection fonts = new TrueTypeCollection(collection.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        fonts.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return first[0];
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

    /**
     * The text for the XHTML: markup characters as entities, and every character XML cannot hold (control characters,
     * a lone surrogate, U+FFFE and U+FFFF) left out, since one of them made the whole export fail.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c == '\t' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
