package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.flow.base.FlowException;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminRulesTest {

    @Test
    void aCountyCodeIsSixDigits() {
        assertThat(AdminRules.countyCode(" 411624 ")).isEqualTo("411624");
        for (String bad : new String[] {"41162", "4116240", "41162A", "", null, "４１１６２４"}) {
            assertThatThrownBy(() -> AdminRules.countyCode(bad)).hasMessageContaining("error.admin.countyCode");
        }
    }

    @Test
    void aTownshipCodeIsLettersDigitsAndHyphens() {
        assertThat(AdminRules.townshipCode("SFX-01")).isEqualTo("SFX-01");
        assertThat(AdminRules.townshipCode("411624100")).isEqualTo("411624100");
        assertThatThrownBy(() -> AdminRules.townshipCode("-01")).hasMessageContaining("error.admin.townshipCode");
        assertThatThrownBy(() -> AdminRules.townshipCode("甲镇")).hasMessageContaining("error.admin.townshipCode");
        assertThatThrownBy(() -> AdminRules.townshipCode("A".repeat(33)))
                .hasMessageContaining("error.admin.townshipCode");
    }

    @Test
    void loginsNamesEmailsAndPhones() {
        assertThat(AdminRules.login(" li.ming_2 ")).isEqualTo("li.ming_2");
        assertThatThrownBy(() -> AdminRules.login("a")).hasMessageContaining("error.admin.login");
        assertThatThrownBy(() -> AdminRules.login("li ming")).hasMessageContaining("error.admin.login");
        assertThatThrownBy(() -> AdminRules.login("李明")).hasMessageContaining("error.admin.login");
        assertThatThrownBy(() -> AdminRules.login(".lead")).hasMessageContaining("error.admin.login");

        assertThat(AdminRules.name(" 王明 ")).isEqualTo("王明");
        assertThatThrownBy(() -> AdminRules.name("  ")).hasMessageContaining("error.admin.name");
        assertThatThrownBy(() -> AdminRules.name("名".repeat(101))).hasMessageContaining("error.admin.name");

        assertThat(AdminRules.email("")).isNull();
        assertThat(AdminRules.email(null)).isNull();
        assertThat(AdminRules.email("wang@sfx.gov.cn")).isEqualTo("wang@sfx.gov.cn");
        for (String bad : new String[] {"wang", "wang@", "wang@sfx", "wang ming@sfx.gov.cn", "a@b@c.cn"}) {
            assertThatThrownBy(() -> AdminRules.email(bad)).hasMessageContaining("error.admin.email");
        }

        assertThat(AdminRules.phone(" ")).isNull();
        assertThat(AdminRules.phone("13800138000")).isEqualTo("13800138000");
        assertThat(AdminRules.phone("0394-5212345")).isEqualTo("0394-5212345");
        assertThat(AdminRules.phone("+86 138 0013 8000")).isEqualTo("+86 138 0013 8000");
        for (String bad :
                new String[] {"1234", "12345", "电话", "138-abc-0000", "++8613800138000", "1380013800", "12800138000"}) {
            assertThatThrownBy(() -> AdminRules.phone(bad)).hasMessageContaining("error.admin.phone");
        }
    }

    @Test
    void theLastActiveAdminStays() {
        assertThatThrownBy(() -> AdminRules.keepsAnAdmin(false, 0))
                .isInstanceOfSatisfying(
                        FlowException.class, e -> assertThat(e.kind()).isEqualTo(FlowException.Kind.CONFLICT))
                .hasMessageContaining("error.admin.lastAdmin");
        assertThatCode(() -> AdminRules.keepsAnAdmin(false, 1)).doesNotThrowAnyException();
        assertThatCode(() -> AdminRules.keepsAnAdmin(true, 0)).doesNotThrowAnyException();
    }

    @Test
    void aCountyAdminGivesCountyRolesAndPlacesDraftersAndLeads() {
        assertThatCode(() -> AdminRules.countyRolesOnly(EnumSet.of(Role.ADMIN, Role.LEGAL_ADVISOR)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AdminRules.countyRolesOnly(Set.of(Role.SYSTEM_ADMIN)))
                .hasMessageContaining("error.admin.countyRolesOnly");
        assertThatThrownBy(() -> AdminRules.countyRolesOnly(Set.of(Role.AUDITOR)))
                .hasMessageContaining("error.admin.countyRolesOnly");
        assertThatThrownBy(() -> AdminRules.townshipWhereNeeded(Set.of(Role.DRAFTER), null))
                .hasMessageContaining("error.admin.townshipRequired");
        assertThatThrownBy(() -> AdminRules.townshipWhereNeeded(Set.of(Role.TOWNSHIP_LEAD), null))
                .hasMessageContaining("error.admin.townshipRequired");
        assertThatCode(() -> AdminRules.townshipWhereNeeded(Set.of(Role.LEGAL_ADVISOR), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> AdminRules.townshipWhereNeeded(Set.of(Role.DRAFTER), 3L))
                .doesNotThrowAnyException();
    }

    @Test
    void settingsHaveReviewPeriodsInRangeAndARealDay() {
        assertThatCode(() -> AdminRules.settings(new CountySettings(true, 1, 30, MonthDay.of(4, 1))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AdminRules.settings(new CountySettings(false, 0, 5, MonthDay.of(4, 1))))
                .hasMessageContaining("error.admin.reviewDays");
        assertThatThrownBy(() -> AdminRules.settings(new CountySettings(false, 5, 31, MonthDay.of(4, 1))))
                .hasMessageContaining("error.admin.reviewDays");
        assertThatThrownBy(() -> AdminRules.settings(new CountySettings(false, 5, 5, MonthDay.of(2, 29))))
                .hasMessageContaining("error.admin.publicationDue");
        assertThatThrownBy(() -> AdminRules.settings(new CountySettings(false, 5, 5, null)))
                .hasMessageContaining("error.admin.settingsMissing");
    }
}
