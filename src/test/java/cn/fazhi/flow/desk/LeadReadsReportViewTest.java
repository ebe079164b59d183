package cn.fazhi.flow.desk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.review.ReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The township lead reads their township's report text on the report page, read-only, whether or not the county asks
 * for their sign-off, and never another township's (lead1 of 太要镇; 洪山镇 is drafter4's).
 */
class LeadReadsReportViewTest extends AbstractViewTest {

    @Autowired
    private ReportService reports;

    @Autowired
    private ReviewService review;

    @Autowired
    private OrgService org;

    @Test
    void theLeadReadsTheWholeDraftWithoutASignOffStep() {
        long id = draftOf("drafter1");
        ReportContent text = reports.get(id).content();
        login("lead1");
        assertThat(reports.list()).extracting(r -> r.id()).contains(id);

        UI.getCurrent().navigate("reports/" + id);

        assertThat(_get(Span.class, s -> s.withId("report-status")).getText()).isEqualTo("起草中");
        Details full = _get(Details.class, s -> s.withId("report-text"));
        assertThat(full.getSummaryText()).isEqualTo("报告全文");
        assertThat(full.isOpened()).as("open for the township's lead").isTrue();
        assertThat(_get(Paragraph.class, s -> s.withId("report-text-note")).getText())
                .isEqualTo("起草中的当前稿，只读。");
        String shown = full.getElement().getTextRecursively();
        assertWhole(text, shown);
        assertThat(_find(Button.class, s -> s.withId("report-edit")))
                .as("read-only")
                .isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void theLeadReadsTheSubmittedTextWhenTheCountyAsksForTheirSignOff() {
        ReportContent sample = reports.get(draftOf("drafter4")).content();
        logout();
        String run = Long.toString(System.nanoTime() % 1_000_000L, 36);
        long county = org.createCounty("LS" + run, "审签县" + run, true);
        long town = org.createTownship(county, "LS" + run + "1", "审签镇" + run, TownshipKind.TOWN);
        String drafter = "ls-drafter-" + run;
        String lead = "ls-lead-" + run;
        org.createUser(drafter, "Start#2024a", "审签镇起草人", null, county, town, EnumSet.of(Role.DRAFTER), Set.of());
        org.createUser(lead, "Start#2024a", "审签镇负责人", null, county, town, EnumSet.of(Role.TOWNSHIP_LEAD), Set.of());
        login(drafter);
        long id = review.open(town, 2023, sample);
        assertThat(review.submit(id).accepted()).isTrue();
        int version = reports.get(id).version();
        ReportContent submitted = reports.version(id, version);
        login(lead);

        UI.getCurrent().navigate("reports/" + id);

        assertThat(_get(Span.class, s -> s.withId("report-status")).getText()).isEqualTo("乡镇审签中");
        assertThat(_get(Paragraph.class, s -> s.withId("report-text-note")).getText())
                .isEqualTo("最近提交的第 " + version + " 版，只读。");
        Details full = _get(Details.class, s -> s.withId("report-text"));
        assertThat(full.isOpened()).isTrue();
        assertWhole(submitted, full.getElement().getTextRecursively());
        assertThat(_find(Button.class, s -> s.withId("report-review")))
                .as("and may sign off from here")
                .hasSize(1);
    }

    @Test
    void theLeadNeverReadsAnotherTownshipsReport() {
        long hongshan = draftOf("drafter4");
        login("lead1");

        assertThatThrownBy(() -> reports.get(hongshan))
                .isInstanceOfSatisfying(
                        FlowException.class, e -> assertThat(e.messageKey()).isEqualTo("error.noAccess"));
        assertThatThrownBy(() -> reports.workingCopy(hongshan)).isInstanceOf(FlowException.class);
        assertThatThrownBy(() -> reports.version(hongshan, 1)).isInstanceOf(FlowException.class);
        assertThat(reports.list()).extracting(r -> r.id()).doesNotContain(hongshan);

        UI.getCurrent().navigate("reports/" + hongshan);
        assertThat(_get(Paragraph.class, s -> s.withClasses("error-message")).getText())
                .isEqualTo("您无权查看或操作该报告。");
        assertThat(_find(Details.class, s -> s.withId("report-text"))).isEmpty();
    }

    @Test
    void theLeadIsToldThePagesOfOtherRolesAreNotTheirsNotThatTheyDoNotExist() {
        long id = draftOf("drafter1");
        login("lead1");
        for (String page : List.of("reports/" + id + "/edit", "campaigns", "admin/users", "reports/" + id)) {
            UI.getCurrent().navigate("reports/" + id); // first a page they may open, then on within the app
            UI.getCurrent().navigate(page);
            String expected = page.equals("reports/" + id) ? null : "无权访问";
            assertThat(_find(H2.class, s -> s.withClasses("error-title")))
                    .as(page)
                    .extracting(H2::getText)
                    .isEqualTo(expected == null ? List.of() : List.of(expected));
        }
    }

    @Test
    void otherReadersFindTheTextCollapsed() {
        long id = draftOf("drafter1");
        login("county");
        UI.getCurrent().navigate("reports/" + id);
        assertThat(_get(Details.class, s -> s.withId("report-text")).isOpened()).isFalse();
    }

    /** Title, opening, every written part's body and the closing are all on the page. */
    private static void assertWhole(ReportContent text, String shown) {
        assertThat(shown).contains(text.title());
        firstLine(text.opening(), shown);
        for (PartKind kind : PartKind.values()) {
            text.part(kind).ifPresent(part -> firstLine(part.body(), shown));
        }
        assertThat(shown)
                .contains(text.closing().office())
                .contains(text.closing().date());
    }

    private static void firstLine(String block, String shown) {
        block.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> assertThat(shown)
                .contains(line));
    }

    /** Signs in as the drafter and brings their township's report back to draft if a test left it in review. */
    private long draftOf(String drafter) {
        login(drafter);
        long id = reports.list().get(0).id();
        if (!reports.get(id).status().editable()) {
            review.withdraw(id);
        }
        return id;
    }
}
