package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.org.AccountImport;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The county administrator's bulk import of townships and users (系统管理). */
@Route(AdminRoutes.IMPORT)
@Menu(title = "menu.import", order = 10.5)
@RolesAllowed("ADMIN")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    public ImportView(AccountImport imports) {
        addClassName("import-view");
        setSizeFull();
        ImportPanel panel = new ImportPanel(imports);
        add(new H2(getTranslation("import.heading")), panel);
        setFlexGrow(1, panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.pageTitle");
    }
}
