package cn.fazhi.flow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.campaign.BoardRow;
import cn.fazhi.flow.campaign.CampaignService;
import cn.fazhi.flow.campaign.CampaignSummary;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.report.ReportStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo county as a new user finds it on the first start: an open campaign whose townships are in different states.
 * It needs a fresh demo database of its own, so it always runs on H2 in memory.
 */
@SpringBootTest
@ActiveProfiles("demo")
class DemoCampaignIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fazhi-demo-campaign;DB_CLOSE_DELAY=-1");
        registry.add("fazhi.demo.campaign.enabled", () -> "true");
        registry.add("fazhi.demo.campaign.deadline", () -> "PT1H");
        // Camunda's engines are registered statically by name; /engine-rest serves the default one, which must stay
        // that of the other integration tests' application.
        registry.add("camunda.bpm.process-engine-name", () -> "demo-campaign");
    }

    @Autowired
    OrgService org;

    @Autowired
    CampaignService campaigns;

    @Test
    void theDemoCampaignHasTownshipsInDifferentStates() {
        List<CampaignSummary> list = org.runAs("admin", campaigns::list);
        assertThat(list).singleElement().satisfies(c -> {
            assertThat(c.open()).isTrue();
            assertThat(c.townships()).isEqualTo(DemoData.TOWNSHIPS.size());
        });
        List<BoardRow> board =
                org.runAs("county", () -> campaigns.board(list.get(0).id()));

        assertThat(board)
                .extracting(BoardRow::status)
                .containsExactly(
                        ReportStatus.DRAFTING,
                        ReportStatus.RETURNED,
                        ReportStatus.COUNTY_REVIEW,
                        ReportStatus.APPROVED,
                        ReportStatus.DRAFTING);
        assertThat(board.get(1).returns()).isEqualTo(1);
        assertThat(board.get(2).holder()).isEqualTo("county");
        assertThat(board.get(2).holderName())
                .isEqualTo(org.findUser("county").orElseThrow().displayName());
        assertThat(board.get(4).daysLeft()).isZero(); // an hour to go
        assertThat(board).noneMatch(BoardRow::overdue);
    }
}
