package cn.fazhi.flow.document;

import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.VersionDiff;
import cn.fazhi.flow.report.VersionDiff.Segment;
import cn.fazhi.flow.report.VersionDiff.SegmentKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A report as a Word document in the official-document layout of GB/T 9704-2012 (see {@link Layout}), built with
 * Apache POI: the title in the Title style, part headings as Heading 1, （一） headings as Heading 2, 1. and （1） as
 * Heading 3 and 4 when they stand alone; page numbers "— 1 —" in the footer, odd pages right and even pages left. The
 * marked-up copy (花脸稿) uses the same layout with insertions underlined and deletions struck through.
 */
final class OfficialDocx {

    static final String TITLE_STYLE = "Title";
    static final String[] HEADING_STYLES = {"Heading1", "Heading2", "Heading3", "Heading4"};

    private final XWPFDocument doc = new XWPFDocument();

    private OfficialDocx() {
        page();
        styles();
        footer(HeaderFooterType.DEFAULT, ParagraphAlignment.RIGHT);
        footer(HeaderFooterType.EVEN, ParagraphAlignment.LEFT);
        doc.setEvenAndOddHeadings(true);
    }

    /** The report in the official layout. */
    static byte[] render(ReportContent content) {
        OfficialDocx d = new OfficialDocx();
        d.title(same(content.title()));
        List<String> opening = Paragraphs.of(content.opening());
        int addressee = Layout.addressee(opening);
        for (int i = 0; i < opening.size(); i++) {
            d.paragraph(same(opening.get(i)), i == addressee);
        }
        for (ReportPart part : content.parts()) {
            d.partHeading(same(part.heading()));
            for (String p : Paragraphs.of(part.body())) {
                d.paragraph(same(p), false);
            }
        }
        d.closing(content.closing().office(), Layout.date(content.closing().date()));
        return d.bytes();
    }

    /** The marked-up copy of a comparison: insertions underlined, deletions struck through. */
    static byte[] markup(VersionDiff.Result diff) {
        OfficialDocx d = new OfficialDocx();
        d.title(diff.title().segments());
        for (VersionDiff.ParagraphChange p : diff.opening()) {
            d.paragraph(p.segments(), false);
        }
        for (VersionDiff.PartDiff part : diff.parts()) {
            List<Segment> heading;
            if (part.previousHeading() == null) {
                heading = List.of(new Segment(SegmentKind.INSERTED, part.heading()));
            } else if (part.heading() == null) {
                heading = List.of(new Segment(SegmentKind.DELETED, part.previousHeading()));
            } else {
                heading = VersionDiff.characters(part.previousHeading(), part.heading());
            }
            d.partHeading(heading);
            for (VersionDiff.ParagraphChange p : part.paragraphs()) {
                d.paragraph(p.segments(), false);
            }
        }
        d.closingSegments(diff.closing().segments());
        return d.bytes();
    }

    private static List<Segment> same(String text) {
        return List.of(new Segment(SegmentKind.SAME, text));
    }

    private static String text(List<Segment> segments) {
        StringBuilder s = new StringBuilder();
        segments.forEach(seg -> s.append(seg.text()));
        return s.toString();
    }

    // --- page, grid and styles --------------------------------------------------------------------------------

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Layout.mmToTwips(Layout.PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(Layout.mmToTwips(Layout.PAGE_HEIGHT_MM)));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Layout.mmToTwips(Layout.TOP_MM)));
        margins.setBottom(BigInteger.valueOf(Layout.mmToTwips(Layout.BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(Layout.mmToTwips(Layout.LEFT_MM)));
        margins.setRight(BigInteger.valueOf(Layout.mmToTwips(Layout.RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(Layout.mmToTwips(15)));
        // The page number's lower edge 7 mm below the type area.
        margins.setFooter(BigInteger.valueOf(Layout.mmToTwips(Layout.BOTTOM_MM - 7)));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(Math.round(Layout.linePitchPt() * 20)));
        // Word's character grid: pitch = default font size + charSpace / 4096 pt.
        grid.setCharSpace(BigInteger.valueOf(Math.round((Layout.charPitchPt() - Layout.TEXT_PT) * 4096)));
    }

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii(Layout.LATIN_FONT);
        defaults.setHAnsi(Layout.LATIN_FONT);
        defaults.setEastAsia(Layout.TEXT_FONT);
        styles.setDefaultFonts(defaults);
        styles.addStyle(style(TITLE_STYLE, "Title", -1, Layout.TITLE_FONT, Layout.TITLE_PT));
        String[] fonts = {Layout.HEI_FONT, Layout.KAI_FONT, Layout.TEXT_FONT, Layout.TEXT_FONT};
        for (int i = 0; i < HEADING_STYLES.length; i++) {
            styles.addStyle(style(HEADING_STYLES[i], "heading " + (i + 1), i, fonts[i], Layout.TEXT_PT));
        }
    }

    private static XWPFStyle style(String id, String name, int outline, String font, int points) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewNext().setVal("Normal");
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = ct.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(Layout.LATIN_FONT);
        fonts.setHAnsi(Layout.LATIN_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        return style;
    }

    private void footer(HeaderFooterType type, ParagraphAlignment side) {
        XWPFFooter footer = doc.createFooter(type);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(side);
        // One character in from the edge of the type area.
        CTInd ind = ppr(p).addNewInd();
        BigInteger one = BigInteger.valueOf(Layout.PAGE_NUMBER_PT * 20L);
        if (side == ParagraphAlignment.RIGHT) {
            ind.setRight(one);
        } else {
            ind.setLeft(one);
        }
        pageNumberRun(p).setText("— ");
        pageNumberRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = pageNumberRun(p).getCTR().addNewInstrText();
        instr.setStringValue(" PAGE ");
        pageNumberRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        pageNumberRun(p).setText("1");
        pageNumberRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        pageNumberRun(p).setText(" —");
    }

    private static XWPFRun pageNumberRun(XWPFParagraph p) {
        XWPFRun r = p.createRun();
        font(r, Layout.SONG_FONT, Layout.PAGE_NUMBER_PT);
        return r;
    }

    // --- content ----------------------------------------------------------------------------------------------

    private void title(List<Segment> segments) {
        if (text(segments).isBlank()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(TITLE_STYLE);
        p.setAlignment(ParagraphAlignment.CENTER);
        grid(p);
        runs(p, segments, Layout.TITLE_FONT, Layout.TITLE_PT, Integer.MAX_VALUE, Layout.TITLE_FONT);
        // An empty line between the title and the text.
        grid(doc.createParagraph());
    }

    private void partHeading(List<Segment> segments) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(HEADING_STYLES[0]);
        indentTwoChars(p);
        grid(p);
        runs(p, segments, Layout.HEI_FONT, Layout.TEXT_PT, Integer.MAX_VALUE, Layout.HEI_FONT);
    }

    /** A paragraph of text: a numbered heading at its start in its level's font, the rest in 仿宋. */
    private void paragraph(List<Segment> segments, boolean flushLeft) {
        String text = text(segments);
        if (text.isBlank()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        if (!flushLeft) {
            indentTwoChars(p);
        }
        grid(p);
        Layout.Level level = Layout.level(text);
        int headingEnd = level == Layout.Level.BODY ? 0 : Layout.headingEnd(text);
        if (level != Layout.Level.BODY && level != Layout.Level.FIRST && headingEnd == text.length()) {
            p.setStyle(HEADING_STYLES[level.ordinal()]);
        }
        runs(p, segments, level.font, Layout.TEXT_PT, headingEnd, Layout.TEXT_FONT);
    }

    private void closing(String office, String date) {
        List<Segment> lines = new ArrayList<>();
        for (String line : office.split("\n")) {
            if (!line.isBlank()) {
                lines.add(new Segment(SegmentKind.SAME, line.strip()));
            }
        }
        if (!date.isBlank()) {
            lines.add(new Segment(SegmentKind.SAME, date));
        }
        if (!lines.isEmpty()) {
            grid(doc.createParagraph());
        }
        for (Segment line : lines) {
            closingLine(List.of(line));
        }
    }

    private void closingSegments(List<Segment> segments) {
        if (text(segments).isBlank()) {
            return;
        }
        grid(doc.createParagraph());
        closingLine(segments);
    }

    /** Right-aligned, two characters in from the right edge of the type area. */
    private void closingLine(List<Segment> segments) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        CTInd ind = ppr(p).addNewInd();
        ind.setRightChars(BigInteger.valueOf(200));
        ind.setRight(BigInteger.valueOf(Layout.TEXT_PT * 2L * 20));
        grid(p);
        runs(p, segments, Layout.TEXT_FONT, Layout.TEXT_PT, 0, Layout.TEXT_FONT);
    }

    /**
     * Writes the segments as runs: the first {@code headEnd} characters in {@code headFont}, the rest in {@code
     * restFont}; deleted text struck through, inserted text underlined.
     */
    private static void runs(
            XWPFParagraph p, List<Segment> segments, String headFont, int points, int headEnd, String restFont) {
        int at = 0;
        for (Segment s : segments) {
            String text = s.text();
            int from = 0;
            while (from < text.length()) {
                boolean inHead = at + from < headEnd;
                int to = inHead ? Math.min(text.length(), headEnd - at) : text.length();
                XWPFRun r = p.createRun();
                r.setText(text.substring(from, to));
                font(r, inHead ? headFont : restFont, points);
                if (s.kind() == SegmentKind.INSERTED) {
                    r.setUnderline(UnderlinePatterns.SINGLE);
                    r.setColor("C00000");
                } else if (s.kind() == SegmentKind.DELETED) {
                    r.setStrikeThrough(true);
                    r.setColor("7F7F7F");
                }
                from = to;
            }
            at += text.length();
        }
    }

    private static void font(XWPFRun r, String eastAsia, int points) {
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts.setEastAsia(eastAsia);
        fonts.setAscii(Layout.LATIN_FONT);
        fonts.setHAnsi(Layout.LATIN_FONT);
        r.setFontSize(points);
    }

    private static void indentTwoChars(XWPFParagraph p) {
        CTInd ind = ppr(p).isSetInd() ? ppr(p).getInd() : ppr(p).addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(Layout.TEXT_PT * 2L * 20));
    }

    /** Exactly one grid line per line of text: 28.95 pt, nothing before or after. */
    private static void grid(XWPFParagraph p) {
        CTSpacing spacing = ppr(p).isSetSpacing() ? ppr(p).getSpacing() : ppr(p).addNewSpacing();
        spacing.setLine(BigInteger.valueOf(Math.round(Layout.linePitchPt() * 20)));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
    }

    private static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private byte[] bytes() {
        try (doc) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
