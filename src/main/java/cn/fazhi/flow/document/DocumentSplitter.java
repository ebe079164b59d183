package cn.fazhi.flow.document;

import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportTextParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits the lines of an upload into a report. With Word heading styles, every Heading 1 whose wording names a part
 * starts that part, and a Heading 1 that names none stays where it stood (in the part before it) and is reported as
 * unplaced; without them, the lines go through {@link ReportTextParser}, the recognition used for pasted text. Either
 * way a title written over two lines, as official documents write it (the issuing office on the first, 关于…的报告 on
 * the second), is taken whole, the addressee (主送) line is taken from the top of the opening, and the lines of a web
 * page's residue are marked where they stand.
 */
final class DocumentSplitter {

    /** 主送: a short line at the top of the opening ending with a colon, e.g. 中共沈丘县委、沈丘县人民政府： */
    static final Pattern ADDRESSEE = Pattern.compile("^[^。！？!?；;，,]{2,60}[：:]$");

    /** The addressee is looked for in this many paragraphs at the top of the opening. */
    private static final int MAX_ADDRESSEE_LINE = 3;

    /** Lines above the addressee are header lines this short at most. */
    private static final int MAX_HEADER_LENGTH = 30;

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;：:]");

    /** The first line of a two-line title: the issuing office alone, e.g. 洪山镇人民政府 or 城区街道办事处. */
    private static final Pattern ISSUING_OFFICE = Pattern.compile("^[^。！？!?；;，,：:、]{2,40}(?:人民政府|政府|办事处|委员会|党委)$");

    private final ReportTextParser parser;
    private final WebResidue webResidue;

    DocumentSplitter(ReportTextParser parser, WebResidue webResidue) {
        this.parser = parser;
        this.webResidue = webResidue;
    }

    ParsedDocument split(SourceLines source) {
        List<ParsedDocument.Notice> notices = new ArrayList<>();
        if (source.imagesSkipped() > 0) {
            notices.add(new ParsedDocument.Notice("document.notice.imagesSkipped", source.imagesSkipped()));
        }
        if (source.tables() > 0) {
            notices.add(new ParsedDocument.Notice("document.notice.tables", source.tables()));
        }
        List<ParsedDocument.Unplaced> unplaced = new ArrayList<>();
        ReportContent content =
                wholeTitle(byStyles(source, unplaced).orElseGet(() -> parser.parse(source.text())), source);
        if (content.parts().isEmpty() && !content.opening().isBlank()) {
            unplaced.add(new ParsedDocument.Unplaced(null, content.opening()));
            notices.add(new ParsedDocument.Notice("document.notice.noParts", 1));
        } else if (!unplaced.isEmpty()) {
            notices.add(new ParsedDocument.Notice("document.notice.unplaced", unplaced.size()));
        }
        List<ParsedDocument.Residue> residue = residue(content);
        if (!residue.isEmpty()) {
            notices.add(new ParsedDocument.Notice("document.notice.residue", residue.size()));
        }
        return withAddressee(content, unplaced, residue, notices);
    }

    /** The lines of the opening and of the parts' bodies that are wholly web-page residue. */
    private List<ParsedDocument.Residue> residue(ReportContent content) {
        List<ParsedDocument.Residue> residue = new ArrayList<>();
        for (String line : Paragraphs.of(content.opening())) {
            if (webResidue.isResidue(line)) {
                residue.add(new ParsedDocument.Residue(null, line));
            }
        }
        for (ReportPart part : content.parts()) {
            for (String line : Paragraphs.of(part.body())) {
                if (webResidue.isResidue(line)) {
                    residue.add(new ParsedDocument.Residue(part.kind(), line));
                }
            }
        }
        return residue;
    }

    /** The split by Word heading styles, or empty when no Heading 1 names a part. */
    private Optional<ReportContent> byStyles(SourceLines source, List<ParsedDocument.Unplaced> unplaced) {
        List<SourceLines.Line> lines = source.lines();
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            if (lines.get(i).level() == 1
                    && parser.headingKind(lines.get(i).text()).isPresent()) {
                first = i;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        // Before the first part: title and opening, the title taken from the Title style when the author used it.
        // A title set over consecutive Title lines (the issuing office, then 关于…的报告) is one title.
        List<String> prefix = new ArrayList<>();
        String title = null;
        boolean inTitle = false;
        for (SourceLines.Line line : lines.subList(0, first)) {
            inTitle = line.level() == -1 && !line.text().isBlank() && (title == null || inTitle);
            if (inTitle) {
                title = title == null ? strip(line.text()) : title + strip(line.text());
            } else {
                prefix.add(line.text());
            }
        }
        ReportContent top = parser.parse(String.join("\n", prefix));
        String opening = top.opening();
        if (title == null) {
            title = top.title();
        } else if (!top.title().isEmpty()) {
            opening = joinNonBlank(top.title(), opening);
        }
        Map<PartKind, String[]> parts = new LinkedHashMap<>();
        for (ReportPart part : top.parts()) {
            add(parts, part.kind(), part.heading(), part.body());
        }

        // The parts: each recognised Heading 1 up to the next one; an unrecognised Heading 1 stays in the part before.
        List<PartKind> kinds = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<List<String>> bodies = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            SourceLines.Line line = lines.get(i);
            Optional<PartKind> kind = line.level() == 1 ? parser.headingKind(line.text()) : Optional.empty();
            if (kind.isPresent()) {
                kinds.add(kind.get());
                headings.add(strip(line.text()));
                bodies.add(new ArrayList<>());
            } else if (line.level() == 1 && !line.text().isBlank()) {
                int j = i + 1;
                while (j < lines.size()
                        && !(lines.get(j).level() == 1
                                && parser.headingKind(lines.get(j).text()).isPresent())) {
                    j++;
                }
                List<String> passage = new ArrayList<>();
                for (SourceLines.Line l : lines.subList(i, j)) {
                    passage.add(stripTrailing(l.text()));
                }
                unplaced.add(
                        new ParsedDocument.Unplaced(kinds.get(kinds.size() - 1), strip(String.join("\n", passage))));
                bodies.get(bodies.size() - 1).add(stripTrailing(line.text()));
            } else {
                bodies.get(bodies.size() - 1).add(stripTrailing(line.text()));
            }
        }
        Closing closing = closing(bodies.get(bodies.size() - 1));
        for (int h = 0; h < kinds.size(); h++) {
            add(parts, kinds.get(h), headings.get(h), strip(String.join("\n", bodies.get(h))));
        }
        List<ReportPart> result = new ArrayList<>();
        parts.forEach((kind, hb) -> result.add(new ReportPart(kind, hb[0], hb[1])));
        return Optional.of(new ReportContent(title, opening, result, closing));
    }

    /**
     * The title joined with the line right above it when that line is the issuing office alone and the title starts
     * with 关于 (洪山镇人民政府 / 关于2023年度法治政府建设情况的报告): the recognition took the second line for the
     * title and left the office at the top of the opening.
     */
    private static ReportContent wholeTitle(ReportContent content, SourceLines source) {
        String title = content.title();
        if (!title.startsWith("关于")) {
            return content;
        }
        List<SourceLines.Line> lines = source.lines();
        int at = 0;
        while (at < lines.size() && !strip(lines.get(at).text()).equals(title)) {
            at++;
        }
        if (at == 0 || at == lines.size()) {
            return content;
        }
        String office = strip(lines.get(at - 1).text());
        List<String> opening = new ArrayList<>(List.of(content.opening().split("\n", -1)));
        if (!ISSUING_OFFICE.matcher(office).matches() || !strip(opening.get(0)).equals(office)) {
            return content;
        }
        opening.remove(0);
        return new ReportContent(office + title, strip(String.join("\n", opening)), content.parts(), content.closing());
    }

    /** Takes the closing (office, date) off the end of the last part's lines, as the text parser finds it. */
    private Closing closing(List<String> body) {
        ReportContent tail = parser.parse(String.join("\n", body));
        Closing closing = tail.closing();
        if (closing.office().isEmpty() && closing.date().isEmpty()) {
            return Closing.EMPTY;
        }
        List<String> closingLines = new ArrayList<>(List.of(closing.office().split("\n")));
        closingLines.add(closing.date());
        int end = body.size();
        while (end > 0) {
            String line = strip(body.get(end - 1));
            boolean blank = line.isEmpty();
            boolean both = !closing.office().isEmpty()
                    && !closing.date().isEmpty()
                    && line.startsWith(strip(closing.office()))
                    && line.endsWith(closing.date());
            if (blank || closingLines.contains(line) || both) {
                end--;
            } else {
                break;
            }
        }
        body.subList(end, body.size()).clear();
        return closing;
    }

    private static void add(Map<PartKind, String[]> parts, PartKind kind, String heading, String body) {
        String[] existing = parts.get(kind);
        if (existing == null) {
            parts.put(kind, new String[] {heading, body});
        } else {
            existing[1] = joinNonBlank(existing[1], heading, body);
        }
    }

    private ParsedDocument withAddressee(
            ReportContent content,
            List<ParsedDocument.Unplaced> unplaced,
            List<ParsedDocument.Residue> residue,
            List<ParsedDocument.Notice> notices) {
        List<String> opening = Paragraphs.of(content.opening()).stream()
                .filter(line -> !webResidue.isResidue(line))
                .toList();
        int at = addresseeIndex(opening);
        String addressee = at < 0 ? "" : opening.get(at);
        return new ParsedDocument(
                content.title(),
                addressee,
                content.opening(),
                content.parts(),
                content.closing(),
                unplaced,
                residue,
                notices);
    }

    /**
     * Which of the first paragraphs of an opening is the addressee (主送), or -1: a short line ending with a colon,
     * above which stand only short header lines (the issuing office written above the title, say).
     */
    static int addresseeIndex(List<String> opening) {
        for (int i = 0; i < Math.min(MAX_ADDRESSEE_LINE, opening.size()); i++) {
            String line = opening.get(i);
            if (ADDRESSEE.matcher(line).matches()) {
                return i;
            }
            if (line.length() > MAX_HEADER_LENGTH || SENTENCE_END.matcher(line).find()) {
                return -1;
            }
        }
        return -1;
    }

    private static String joinNonBlank(String... pieces) {
        List<String> kept = new ArrayList<>();
        for (String piece : pieces) {
            if (piece != null && !piece.isBlank()) {
                kept.add(piece);
            }
        }
        return String.join("\n", kept);
    }

    /** Removes leading and trailing blanks, the ideographic and no-break spaces included. */
    static String strip(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && blank(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && blank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(begin, end);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && blank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
