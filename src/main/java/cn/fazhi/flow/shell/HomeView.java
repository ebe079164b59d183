package cn.fazhi.flow.shell;

import cn.fazhi.flow.audit.ui.SecurityLogView;
import cn.fazhi.flow.desk.TasksView;
import cn.fazhi.flow.org.AccessPolicy;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.org.ui.SystemView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The address {@code /}: shows each user the page they start from, under the same address. People of a county start
 * from their tasks; the system administrator from the counties; the auditor from the security log.
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final OrgService org;

    public HomeView(OrgService org) {
        this.org = org;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.rerouteTo(startPage(org.currentUser()));
    }

    static Class<? extends Component> startPage(UserAccount user) {
        boolean ofCounty = user.roles().stream().anyMatch(Role::ofCounty);
        if (!ofCounty && AccessPolicy.isSystemAdmin(user)) {
            return SystemView.class;
        }
        if (!ofCounty && AccessPolicy.isAuditor(user)) {
            return SecurityLogView.class;
        }
        return TasksView.class;
    }
}
