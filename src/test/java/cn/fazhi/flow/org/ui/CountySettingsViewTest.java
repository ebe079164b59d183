package cn.fazhi.flow.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.org.CountySettings;
import cn.fazhi.flow.org.OrgService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.MonthDay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CountySettingsViewTest extends AbstractViewTest {

    @Autowired
    OrgService org;

    @BeforeEach
    void county() {
        logout();
        AdminViewFixture.county(org);
    }

    @Test
    void theSettingsAreSavedAndRefusedWithAReason() {
        CountySettingsView view = open();
        assertThat(view.month.getValue()).isEqualTo(4);
        assertThat(view.day.getValue()).isEqualTo(1);
        assertThat(_get(Anchor.class, spec -> spec.withId("settings-check-link"))
                        .getHref())
                .isEqualTo("settings/check");

        _setValue(view.legalDays, 40);
        _click(view.save);
        assertThat(view.error.getText()).isEqualTo("审核期限须为 1–30 个工作日。");

        _setValue(view.legalDays, 8);
        _setValue(view.countyDays, 3);
        _setValue(view.leadSignOff, true);
        _setValue(view.month, 3);
        _setValue(view.day, 31);
        _click(view.save);
        long county = org.countyId("419902").orElseThrow();
        assertThat(org.countySettings(county)).isEqualTo(new CountySettings(true, 8, 3, MonthDay.of(3, 31)));

        _setValue(view.month, 2);
        _setValue(view.day, 30);
        _click(view.save);
        assertThat(view.error.getText()).contains("公开截止日期不是有效的月、日");
    }

    private CountySettingsView open() {
        login(AdminViewFixture.ADMIN);
        UI.getCurrent().navigate(CountySettingsView.class);
        return _get(CountySettingsView.class);
    }
}
