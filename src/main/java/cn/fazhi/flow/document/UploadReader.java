package cn.fazhi.flow.document;

import cn.fazhi.flow.base.FlowException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Reads an upload into {@link SourceLines}, refusing what it cannot read safely: a file over {@link #MAX_BYTES}, a name
 * that is neither .docx nor .txt, another format under a .docx name, a corrupt or encrypted .docx, a zip bomb (POI's
 * {@code ZipSecureFile} limits, on by default: an entry expanding more than 100-fold is refused), a text not in UTF-8.
 */
final class UploadReader {

    /** The largest upload accepted: 20 MB. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Pattern HEADING_NAME = Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");

    private static final Pattern TITLE_NAME = Pattern.compile("(?i)^(?:title|标题)$");

    private UploadReader() {}

    static SourceLines read(String filename, InputStream in) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        boolean docx = name.endsWith(".docx");
        if (!docx && !name.endsWith(".txt")) {
            throw FlowException.invalid("document.error.type");
        }
        byte[] bytes = readLimited(in);
        if (bytes.length == 0) {
            throw FlowException.invalid("document.error.empty");
        }
        return docx ? docx(bytes) : text(bytes);
    }

    private static byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw FlowException.invalid("document.error.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw FlowException.invalid("document.error.unreadable");
        }
    }

    /** UTF-8 only, decoded strictly: a byte sequence that is not UTF-8 refuses the file instead of turning into �. */
    static SourceLines text(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw FlowException.invalid("document.error.notUtf8");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw FlowException.invalid("document.error.notUtf8");
        }
        List<SourceLines.Line> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(new SourceLines.Line(line, 0));
        }
        return new SourceLines(lines, 0, 0);
    }

    static SourceLines docx(byte[] bytes) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            throw FlowException.invalid("document.error.wrongType");
        }
        if (magic == FileMagic.OLE2) {
            // An encrypted .docx is an OLE2 container holding EncryptionInfo; any other OLE2 file is a .doc, .xls …
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                    throw FlowException.invalid("document.error.encrypted");
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof FlowException flow) {
                    throw flow;
                }
                throw FlowException.invalid("document.error.corrupt");
            }
            throw FlowException.invalid("document.error.wrongType");
        }
        if (magic != FileMagic.OOXML) {
            throw FlowException.invalid("document.error.wrongType");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return lines(doc);
        } catch (EncryptedDocumentException e) {
            throw FlowException.invalid("document.error.encrypted");
        } catch (UnsupportedFileFormatException e) {
            throw FlowException.invalid("document.error.wrongType");
        } catch (IOException | RuntimeException e) {
            throw FlowException.invalid(zipBomb(e) ? "document.error.zipBomb" : "document.error.corrupt");
        }
    }

    /** POI says "Zip bomb detected!" somewhere in the chain of causes when an entry expands beyond its limits. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static SourceLines lines(XWPFDocument doc) {
        if (doc.getDocument() == null || doc.getDocument().getBody() == null) {
            throw FlowException.invalid("document.error.wrongType");
        }
        List<SourceLines.Line> lines = new ArrayList<>();
        int[] counts = new int[2];
        body(doc, doc.getBodyElements(), lines, counts);
        return new SourceLines(lines, counts[0], counts[1]);
    }

    private static void body(
            XWPFDocument doc, List<IBodyElement> elements, List<SourceLines.Line> lines, int[] counts) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                counts[0] += images(p);
                int level = level(doc, p);
                for (String line : p.getText().split("\n", -1)) {
                    lines.add(new SourceLines.Line(line, level));
                }
            } else if (element instanceof XWPFTable table) {
                counts[1]++;
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            counts[0] += images(p);
                        }
                        cells.add(cell.getText().replaceAll("[\\r\\n\\t]+", " ").strip());
                    }
                    lines.add(new SourceLines.Line(String.join(SourceLines.CELL_SEPARATOR, cells), 0));
                }
            } else if (element instanceof XWPFSDT sdt) {
                for (String line : sdt.getContent().getText().split("\n", -1)) {
                    lines.add(new SourceLines.Line(line, 0));
                }
            }
        }
    }

    private static int images(XWPFParagraph p) {
        int n = 0;
        for (XWPFRun run : p.getRuns()) {
            n += run.getEmbeddedPictures().size();
        }
        return n;
    }

    /** 1..9 for a heading (its style's name or outline level, or the paragraph's own), -1 for a title, 0 otherwise. */
    static int level(XWPFDocument doc, XWPFParagraph p) {
        CTPPr own = p.getCTP().getPPr();
        if (own != null && own.isSetOutlineLvl()) {
            int lvl = own.getOutlineLvl().getVal().intValue();
            if (lvl < 9) {
                return lvl + 1;
            }
        }
        XWPFStyles styles = doc.getStyles();
        String id = p.getStyleID();
        for (int depth = 0; id != null && styles != null && depth < 6; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            String name = style.getName() == null ? "" : style.getName().strip();
            Matcher heading = HEADING_NAME.matcher(name);
            if (heading.matches()) {
                return Integer.parseInt(heading.group(1));
            }
            if (TITLE_NAME.matcher(name).matches() || "Title".equalsIgnoreCase(style.getStyleId())) {
                return -1;
            }
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (ppr != null && ppr.isSetOutlineLvl()) {
                int lvl = ppr.getOutlineLvl().getVal().intValue();
                if (lvl < 9) {
                    return lvl + 1;
                }
            }
            id = style.getCTStyle().isSetBasedOn()
                    ? style.getCTStyle().getBasedOn().getVal()
                    : null;
        }
        return 0;
    }
}
