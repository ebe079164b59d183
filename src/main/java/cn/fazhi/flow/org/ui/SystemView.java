package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.org.CountyInfo;
import cn.fazhi.flow.org.OrgService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The system administrator's start page: the counties this installation serves. The engine's Cockpit, theirs alone,
 * is in the menu.
 */
@Route("system")
@Menu(title = "menu.system", order = 20)
@RolesAllowed("SYSTEM_ADMIN")
public class SystemView extends VerticalLayout implements HasDynamicTitle {

    public SystemView(OrgService org) {
        addClassName("system-view");
        setSizeFull();
        Grid<CountyInfo> counties = new Grid<>();
        counties.setId("system-counties");
        counties.addColumn(CountyInfo::name)
                .setHeader(getTranslation("system.county.name"))
                .setFlexGrow(2);
        counties.addColumn(CountyInfo::code)
                .setHeader(getTranslation("system.county.code"))
                .setAutoWidth(true);
        counties.addColumn(CountyInfo::townships)
                .setHeader(getTranslation("system.county.townships"))
                .setAutoWidth(true);
        counties.addColumn(CountyInfo::users)
                .setHeader(getTranslation("system.county.users"))
                .setAutoWidth(true);
        counties.setEmptyStateText(getTranslation("system.county.empty"));
        counties.setItems(org.counties());
        Paragraph intro = new Paragraph(getTranslation("system.intro"));
        intro.addClassName("system-intro");
        add(new H2(getTranslation("system.heading")), intro, counties);
        setFlexGrow(1, counties);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("system.pageTitle");
    }
}
