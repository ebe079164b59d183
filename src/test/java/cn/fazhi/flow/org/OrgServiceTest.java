package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.base.FlowException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may see which township, and who may set up an organisation (runs in the view tests' application context). */
class OrgServiceTest extends AbstractViewTest {

    @Autowired
    OrgService org;

    @Test
    void eachRoleReadsOnlyItsTownships() {
        login("drafter1");
        long taiyao = org.currentUser().townshipId();
        assertThat(org.readableTownships(org.currentUser())).containsExactly(taiyao);
        login("advisor");
        assertThat(org.readableTownships(org.currentUser())).hasSize(5);
        login("county");
        assertThat(org.readableTownships(org.currentUser()))
                .containsExactlyInAnyOrderElementsOf(
                        org.townshipsOfCounty(org.currentUser().countyId()).stream()
                                .map(TownshipInfo::id)
                                .toList());
    }

    @Test
    void onlyTheCountysAdminSetsUpTownshipsAndUsers() {
        login("admin");
        long county = org.currentUser().countyId();

        login("drafter1");
        assertThatThrownBy(() -> org.createTownship(county, "X-01", "试验镇", TownshipKind.TOWN))
                .isInstanceOf(FlowException.class)
                .extracting(e -> ((FlowException) e).kind())
                .isEqualTo(FlowException.Kind.FORBIDDEN);
        assertThatThrownBy(() ->
                        org.createUser("intruder", "pw", "入侵者", null, county, null, List.of(Role.ADMIN), List.of()))
                .isInstanceOf(FlowException.class);
        assertThatThrownBy(() -> org.createCounty("X", "试验县", false)).isInstanceOf(FlowException.class);
        assertThat(org.findUser("intruder")).isEmpty();

        login("admin");
        assertThatThrownBy(() -> org.createCounty("Y", "另一县", false)).isInstanceOf(FlowException.class);
        assertThatThrownBy(org::counties).isInstanceOf(FlowException.class);
        assertThatThrownBy(() -> org.createUser(
                        "auditor2", "pw", "审计", null, county, null, List.of(Role.AUDITOR, Role.ADMIN), List.of()))
                .hasMessageContaining("error.user.auditorSeparate");
        long township = org.createTownship(county, "SFX-T1", "试验镇", TownshipKind.TOWN);
        assertThat(org.township(township).countyId()).isEqualTo(county);
    }

    @Test
    void theInstallationsAccountsBelongToNoCountyAndReadNoReport() {
        login("sysadmin");
        assertThat(org.currentUser().countyId()).isNull();
        assertThat(org.readableTownships(org.currentUser())).isEmpty();
        assertThat(org.counties()).extracting(CountyInfo::name).contains("示范县", "沈丘县");
        login("auditor");
        assertThat(org.readableTownships(org.currentUser())).isEmpty();
        assertThatThrownBy(org::counties).isInstanceOf(FlowException.class);
    }
}
