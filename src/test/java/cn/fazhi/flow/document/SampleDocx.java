package cn.fazhi.flow.document;

import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Test documents made with POI, as a township's Word file would be: one paragraph per line of a sample. */
public final class SampleDocx {

    static final List<String> SAMPLES = List.of(
            "chengqu-rushan-2022.txt", "hongshan-2023.txt", "panlong-2023.txt", "taiyao-2022.txt", "yufa-2020.txt");

    private SampleDocx() {}

    public static String sample(String name) {
        try (InputStream in = SampleDocx.class.getResourceAsStream("/demo/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One paragraph per line; the lines whose index is in {@code headings} in the style "heading 1". */
    public static byte[] of(List<String> lines, Set<Integer> headings) {
        return build(doc -> {
            for (int i = 0; i < lines.size(); i++) {
                XWPFParagraph p = doc.createParagraph();
                if (headings.contains(i)) {
                    p.setStyle("Heading1");
                }
                p.createRun().setText(lines.get(i));
            }
        });
    }

    public static byte[] build(Consumer<XWPFDocument> content) {
        try (XWPFDocument doc = new XWPFDocument()) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId("Heading1");
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewName().setVal("heading 1");
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            doc.createStyles().addStyle(new XWPFStyle(ct));
            content.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a text as the parser reads them (\r\n and \r as \n). */
    public static List<String> lines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(t.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** A report as comparable lines: paragraphs stripped and without blank lines. */
    static List<String> normalised(ReportContent c) {
        List<String> out = new ArrayList<>();
        out.add("title: " + c.title());
        Paragraphs.of(c.opening()).forEach(p -> out.add("opening: " + p));
        for (ReportPart part : c.parts()) {
            out.add("part " + part.kind() + ": " + part.heading());
            Paragraphs.of(part.body()).forEach(p -> out.add("  " + p));
        }
        out.add("office: " + c.closing().office());
        out.add("date: " + c.closing().date());
        return out;
    }
}
