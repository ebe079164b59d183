package cn.fazhi.flow.shell;

import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.ui.ChangePasswordView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;

/**
 * In the Vaadin pages, a user who must change their password (set by an administrator, or expired) is sent to the
 * change-password page from every other page until they have.
 */
final class PasswordChangeGate implements BeforeEnterListener {

    private final OrgService org;

    PasswordChangeGate(OrgService org) {
        this.org = org;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ChangePasswordView.class && target != LoginView.class && org.passwordChangeRequired()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
