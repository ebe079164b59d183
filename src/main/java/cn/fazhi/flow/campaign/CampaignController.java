package cn.fazhi.flow.campaign;

import cn.fazhi.flow.report.ReportStatus;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns over JSON: open, list, the board and its .xlsx, adding a township, urging every overdue township. */
@RestController
class CampaignController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * {@code submissionDue}: a day (the end of it) or a date and time, in the county's time zone;
     * {@code publicationDue}: a day, by default 1 April of the year after {@code year}.
     */
    record OpenBody(
            Integer year,
            String submissionDue,
            Integer legalReviewDays,
            Integer countyReviewDays,
            String publicationDue,
            Long countyId) {}

    record IdBody(long id) {}

    record TownshipBody(Long townshipId) {}

    record MessageBody(String message) {}

    @PostMapping("/api/campaigns")
    ResponseEntity<IdBody> open(@RequestBody OpenBody body) {
        long id = campaigns.open(new OpenCampaign(
                body.year(),
                OpenCampaign.deadline(body.submissionDue()),
                body.legalReviewDays(),
                body.countyReviewDays(),
                OpenCampaign.day(body.publicationDue()),
                body.countyId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new IdBody(id));
    }

    @GetMapping("/api/campaigns")
    List<CampaignSummary> list() {
        return campaigns.list();
    }

    @GetMapping("/api/campaigns/{id}")
    CampaignSummary get(@PathVariable long id) {
        return campaigns.get(id);
    }

    /** {@code status}: a report status, to list only the townships in it; {@code overdue=true}: only the overdue. */
    @GetMapping("/api/campaigns/{id}/board")
    List<BoardRow> board(
            @PathVariable long id,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return campaigns.board(id, new BoardFilter(status, overdue));
    }

    /** The board's rows as a workbook, with the board's filters: {@code status} and {@code overdue}. */
    @GetMapping("/api/campaigns/{id}/board.xlsx")
    ResponseEntity<byte[]> boardXlsx(
            @PathVariable long id,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            Locale locale) {
        byte[] book = campaigns.boardXlsx(id, new BoardFilter(status, overdue), locale);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("campaign-" + id + ".xlsx")
                                .build()
                                .toString())
                .body(book);
    }

    @PostMapping("/api/campaigns/{id}/townships")
    ResponseEntity<Void> addTownship(@PathVariable long id, @RequestBody TownshipBody body) {
        if (body.townshipId() == null) {
            throw cn.fazhi.flow.base.FlowException.invalid("error.badRequest");
        }
        campaigns.addTownship(id, body.townshipId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/campaigns/{id}/urge-overdue")
    UrgeOutcome urgeOverdue(@PathVariable long id, @RequestBody(required = false) MessageBody body) {
        return campaigns.urgeOverdue(id, body == null ? null : body.message());
    }
}
