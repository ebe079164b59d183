package cn.fazhi.flow.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What a reply tells its reader, for the leak search: the text of a JSON or text body, of an .xlsx, .docx or PDF file,
 * and the file name it offers; and the report ids a JSON body names.
 */
final class ReplyText {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ReplyText() {}

    /** The reply as text; a file's whitespace is dropped (a PDF breaks its lines anywhere). */
    static String of(HttpHeaders headers, byte[] body) throws IOException {
        StringBuilder text = new StringBuilder();
        String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            text.append(ContentDisposition.parse(disposition).getFilename()).append('\n');
        }
        MediaType type = headers.getContentType();
        String subtype = type == null ? "" : type.getType() + "/" + type.getSubtype();
        String content =
                switch (subtype) {
                    case "application/pdf" -> pdf(body);
                    case XLSX -> xlsx(body);
                    case DOCX -> docx(body);
                    default -> new String(body, StandardCharsets.UTF_8);
                };
        return text.append(content).toString();
    }

    /**
     * The report ids a JSON body names: every {@code reportId}, and the {@code id} of every object that also names a
     * {@code township} (a report's line).
     */
    static Set<Long> reportIds(ObjectMapper json, HttpHeaders headers, byte[] body) throws IOException {
        MediaType type = headers.getContentType();
        Set<Long> ids = new HashSet<>();
        if (type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON) && body.length > 0) {
            collect(json.readTree(body), ids);
        }
        return ids;
    }

    private static void collect(JsonNode node, Set<Long> ids) {
        if (node.isObject()) {
            if (node.path("reportId").isIntegralNumber()) {
                ids.add(node.get("reportId").asLong());
            }
            if (node.has("township") && node.path("id").isIntegralNumber()) {
                ids.add(node.get("id").asLong());
            }
        }
        node.forEach(child -> collect(child, ids));
    }

    private static String pdf(byte[] body) throws IOException {
        try (PDDocument document = Loader.loadPDF(body)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static String xlsx(byte[] body) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Sheet sheet : book) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(format.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String docx(byte[] body) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(body));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replaceAll("\\s+", "");
        }
    }
}
