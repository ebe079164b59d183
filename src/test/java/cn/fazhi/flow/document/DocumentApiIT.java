package cn.fazhi.flow.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.StandardWording;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Documents over the REST API, against H2 or (with -Dit.db=mysql) MySQL/MariaDB: parsing an upload, every refused
 * upload with its status and message, importing into a draft, and versions downloaded as .docx, PDF and marked-up
 * copy. Works in a county of its own ({@link DocumentFixture}).
 */
class DocumentApiIT extends AbstractIT {

    private static final String DRAFTER = "docapi";

    @Autowired
    ObjectMapper json;

    @Autowired
    OrgService org;

    @Autowired
    ReportService reports;

    long reportId;

    record Reply(int status, HttpHeaders headers, byte[] bytes) {
        JsonNode json(ObjectMapper mapper) throws IOException {
            return mapper.readTree(bytes);
        }
    }

    @BeforeEach
    void fixture() {
        reportId = DocumentFixture.report(org, reports, "DOC-API", DRAFTER);
    }

    Reply upload(String user, String path, String filename, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return RestClient.create("http://localhost:" + port)
                .post()
                .uri(path)
                .headers(h -> {
                    h.setBasicAuth(user, "demo123");
                    h.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
                })
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .exchange((req, res) -> new Reply(
                        res.getStatusCode().value(),
                        res.getHeaders(),
                        res.getBody().readAllBytes()));
    }

    Reply get(String user, String path) {
        return RestClient.create("http://localhost:" + port)
                .method(HttpMethod.GET)
                .uri(path)
                .headers(h -> {
                    h.setBasicAuth(user, "demo123");
                    h.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
                })
                .exchange((req, res) -> new Reply(
                        res.getStatusCode().value(),
                        res.getHeaders(),
                        res.getBody().readAllBytes()));
    }

    static byte[] sampleDocx(String sample) {
        return SampleDocx.of(SampleDocx.lines(SampleDocx.sample(sample)), Set.of());
    }

    void assertRefused(Reply reply, String key, String messageFragment) throws IOException {
        assertThat(reply.status()).isEqualTo(400);
        JsonNode body = reply.json(json);
        assertThat(body.get("error").asText()).isEqualTo(key);
        assertThat(body.get("message").asText()).contains(messageFragment);
    }

    // --- parse ----------------------------------------------------------------------------------------------

    @Test
    void aDocxIsSplitIntoTheReportsPiecesAndNothingIsStored() throws IOException {
        Reply reply = upload("drafter1", "/api/documents/parse", "洪山镇.docx", sampleDocx("hongshan-2023.txt"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json(json);
        assertThat(body.get("title").asText()).isEqualTo("洪山镇人民政府关于2023年度法治政府建设情况的报告");
        assertThat(body.get("addressee").asText()).isEqualTo("中共沈丘县委、沈丘县人民政府：");
        assertThat(body.get("parts").findValuesAsText("kind")).contains("MEASURES", "SHORTCOMINGS", "NEXT_YEAR");
        assertThat(body.get("parts").get(0).get("heading").asText()).isNotBlank();
        assertThat(body.get("parts").get(0).get("body").asText()).isNotBlank();
        assertThat(body.get("closing").has("office")).isTrue();
        assertThat(body.get("closing").has("date")).isTrue();
    }

    @Test
    void anotherTypeUnderADocxNameIsRefused() throws IOException {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        assertRefused(
                upload("drafter1", "/api/documents/parse", "报告.docx", pdf), "document.error.wrongType", "不是 Word 文档");
        byte[] text = "一、主要举措和成效".getBytes(StandardCharsets.UTF_8);
        assertRefused(
                upload("drafter1", "/api/documents/parse", "报告.docx", text), "document.error.wrongType", "不是 Word 文档");
    }

    @Test
    void aFileThatIsNeitherDocxNorTxtIsRefused() throws IOException {
        assertRefused(
                upload("drafter1", "/api/documents/parse", "报告.doc", sampleDocx("yufa-2020.txt")),
                "document.error.type",
                ".docx 或 .txt");
    }

    @Test
    void aCorruptDocxIsRefused() throws IOException {
        byte[] docx = sampleDocx("yufa-2020.txt");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertRefused(
                upload("drafter1", "/api/documents/parse", "报告.docx", truncated), "document.error.corrupt", "已损坏");
    }

    @Test
    void anEncryptedDocxIsRefused() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream out = encryptor.getDataStream(fs)) {
            out.write(sampleDocx("yufa-2020.txt"));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        fs.writeFilesystem(bytes);
        fs.close();

        assertRefused(
                upload("drafter1", "/api/documents/parse", "报告.docx", bytes.toByteArray()),
                "document.error.encrypted",
                "密码");
    }

    @Test
    void aFileOver20MegabytesIsRefused() throws IOException {
        byte[] big = new byte[20 * 1024 * 1024 + 1024];
        Arrays.fill(big, (byte) 'a');
        assertRefused(upload("drafter1", "/api/documents/parse", "大文件.txt", big), "document.error.tooLarge", "20 MB");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        // A valid document plus one entry of 20 MB of zeros: it compresses about 1000-fold, beyond POI's limit of 100.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(sampleDocx("yufa-2020.txt")));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("word/padding.bin"));
            out.write(new byte[20 * 1024 * 1024]);
            out.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);

        assertRefused(
                upload("drafter1", "/api/documents/parse", "报告.docx", bomb.toByteArray()),
                "document.error.zipBomb",
                "安全");
    }

    @Test
    void aTextNotInUtf8IsRefused() throws IOException {
        byte[] gbk = SampleDocx.sample("yufa-2020.txt").getBytes(Charset.forName("GBK"));
        assertRefused(upload("drafter1", "/api/documents/parse", "报告.txt", gbk), "document.error.notUtf8", "UTF-8");
    }

    @Test
    void theCheckTakesADocxAsWellAsText() throws IOException {
        Reply reply = upload("drafter1", "/api/check", "太要镇.docx", sampleDocx("taiyao-2022.txt"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json(json);
        assertThat(body.get("year").asInt()).isEqualTo(2022);
        assertThat(body.get("parts").findValuesAsText("kind")).contains("MEASURES", "SHORTCOMINGS");
        assertThat(body.get("findings").findValuesAsText("rule")).contains("missing-part");
    }

    // --- import into a draft --------------------------------------------------------------------------------

    @Test
    void theDrafterImportsADocxIntoTheDraftAndOthersMayNot() throws IOException {
        Reply refused =
                upload("drafter1", "/api/reports/" + reportId + "/import", "x.docx", sampleDocx("yufa-2020.txt"));
        assertThat(refused.status()).isEqualTo(403);

        Reply reply = upload(DRAFTER, "/api/reports/" + reportId + "/import", "榆垡镇.docx", sampleDocx("yufa-2020.txt"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json(json).get("lockVersion").asLong()).isPositive();
        JsonNode report = json.readTree(get(DRAFTER, "/api/reports/" + reportId).bytes());
        String expectedTitle = new cn.fazhi.flow.report.ReportTextParser()
                .parse(SampleDocx.sample("yufa-2020.txt"))
                .title();
        assertThat(report.get("title").asText()).isEqualTo(expectedTitle);

        Reply bad = upload(DRAFTER, "/api/reports/" + reportId + "/import", "x.txt", new byte[] {(byte) 0xC3, 0x28});
        assertThat(bad.status()).isEqualTo(400);
        JsonNode unchanged =
                json.readTree(get(DRAFTER, "/api/reports/" + reportId).bytes());
        assertThat(unchanged.get("lockVersion").asLong())
                .isEqualTo(report.get("lockVersion").asLong());
    }

    // --- downloads ------------------------------------------------------------------------------------------

    @Test
    void aVersionDownloadsAsOfficialDocxAndPdfForThoseWhoMayReadIt() throws IOException {
        Reply docx = get(DRAFTER, "/api/reports/" + reportId + "/versions/1.docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.headers().getContentType()).isEqualTo(DocumentController.DOCX);
        assertThat(docx.headers().getContentDisposition().getFilename()).endsWith("-v1.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("关于2023年度法治政府建设情况的报告");
        }

        long started = System.nanoTime();
        Reply pdf = get(DRAFTER, "/api/reports/" + reportId + "/versions/2.pdf");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("关于2023年度法治政府建设情况的报告", "狠抓落实");
        }
        System.out.printf("PDF of version 2 (%d bytes) in %d ms%n", pdf.bytes().length, millis);

        assertThat(get("drafter1", "/api/reports/" + reportId + "/versions/1.docx")
                        .status())
                .isEqualTo(403);
        assertThat(get("drafter1", "/api/reports/" + reportId + "/versions/1.pdf")
                        .status())
                .isEqualTo(403);
        assertThat(get(DRAFTER, "/api/reports/" + reportId + "/versions/9.pdf").status())
                .isEqualTo(404);
    }

    @Test
    void theMarkedUpCopyShowsWhatChangedBetweenTwoVersions() throws IOException {
        Reply markup = get(DRAFTER, "/api/reports/" + reportId + "/markup.docx?from=1&to=2");

        assertThat(markup.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(markup.bytes()))) {
            List<XWPFRun> runs = doc.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream())
                    .toList();
            String inserted = runs.stream()
                    .filter(r -> r.getUnderline() == UnderlinePatterns.SINGLE)
                    .map(XWPFRun::text)
                    .reduce("", String::concat);
            assertThat(inserted).contains("狠抓落实");
        }
        assertThat(get("drafter1", "/api/reports/" + reportId + "/markup.docx?from=1&to=2")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDraftPreviewsAsThePdfItWillBecomeForThoseWhoMayReadIt() throws IOException {
        Reply pdf = get(DRAFTER, "/api/reports/" + reportId + "/draft.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.headers().getContentDisposition().isInline()).isTrue();
        assertThat(pdf.headers().getContentDisposition().getFilename()).endsWith("-2023-draft.pdf");
        // Another test may import a text without a title into this draft: then the standard title prints.
        ReportContent draft = org.runAs(DRAFTER, () -> reports.workingCopy(reportId));
        ReportContent printed = StandardWording.completed(draft, "文档测试镇DOC-API人民政府关于2023年度法治政府建设情况的报告");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(printed.title().replaceAll("\\s+", ""));
            assertThat(printed.parts()).hasSize(5);
            for (ReportPart part : printed.parts()) {
                assertThat(text).contains(part.heading().replaceAll("\\s+", ""));
            }
        }

        assertThat(get("drafter1", "/api/reports/" + reportId + "/draft.pdf").status())
                .isEqualTo(403);
        assertThat(get(DRAFTER, "/api/reports/" + (reportId + 1_000_000) + "/draft.pdf")
                        .status())
                .isEqualTo(404);
    }
}
