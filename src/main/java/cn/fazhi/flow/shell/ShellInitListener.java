package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.AccessDenials;
import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Sets up every Vaadin session and UI: the language chosen on the login page for this session, else the user's saved
 * language (Chinese for nobody signed in; the login page switches to English only on {@code ?lang=en}), translated error notifications instead of stack traces, translated
 * system messages (session expired, internal error, cookies disabled), the change-password page for whoever must
 * change theirs, and the security log told of every page and action refused (403).
 */
@Component
class ShellInitListener implements VaadinServiceInitListener {

    private final OrgService org;
    private final Messages messages;
    private final AccessDenials denials;

    ShellInitListener(OrgService org, Messages messages, AccessDenials denials) {
        this.org = org;
        this.messages = messages;
        this.denials = denials;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(new TranslatedSystemMessages(messages));
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new ShellErrorHandler(denials)));
        event.getSource().addUIInitListener(e -> {
            applyLocale(e.getUI());
            e.getUI().addBeforeEnterListener(new PasswordChangeGate(org));
            e.getUI().addAfterNavigationListener(this::recordRefusal);
        });
    }

    /** An error page that shows a refusal (403) tells the security log. */
    private void recordRefusal(AfterNavigationEvent event) {
        if (!event.getActiveChain().isEmpty() && event.getActiveChain().get(0) instanceof ErrorView page) {
            page.recordRefusal(denials, event.getLocation().getPath());
        }
    }

    private void applyLocale(UI ui) {
        Locale locale = sessionLocale(ui.getSession());
        // The session's locale decides the system messages sent with the page; the UI's the translations.
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }

    /** The language chosen on the login page for this session, else the user's saved language. */
    Locale sessionLocale(VaadinSession session) {
        return ChosenLanguage.of(session.getSession()).orElseGet(this::userLocale);
    }

    /** The signed-in user's saved language, read afresh (it may have changed since they signed in); else Chinese. */
    Locale userLocale() {
        return org.findCurrentUser()
                .flatMap(me -> org.findUser(me.username()))
                .map(UserAccount::locale)
                .map(Locale::forLanguageTag)
                .map(Messages::supported)
                .orElse(Messages.CHINESE);
    }
}
