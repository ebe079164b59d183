package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;

/**
 * Vaadin's own messages in the user's language: an expired session sends the user to the login page with a notice
 * ({@code login?expired}), an internal error or disabled cookies explain themselves without technical detail.
 */
class TranslatedSystemMessages implements SystemMessagesProvider {

    private final Messages messages;

    TranslatedSystemMessages(Messages messages) {
        this.messages = messages;
    }

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        Locale locale = locale(info);
        boolean english = Locale.ENGLISH.equals(locale);
        String root = contextPath(info.getRequest());

        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredNotificationEnabled(true);
        m.setSessionExpiredCaption(messages.get(locale, "session.expired.caption"));
        m.setSessionExpiredMessage(messages.get(locale, "session.expired.message"));
        m.setSessionExpiredURL(root + "/login?expired" + (english ? "&lang=en" : ""));

        m.setInternalErrorNotificationEnabled(true);
        m.setInternalErrorCaption(messages.get(locale, "session.internalError.caption"));
        m.setInternalErrorMessage(messages.get(locale, "session.internalError.message"));

        m.setCookiesDisabledNotificationEnabled(true);
        m.setCookiesDisabledCaption(messages.get(locale, "session.cookiesDisabled.caption"));
        m.setCookiesDisabledMessage(messages.get(locale, "session.cookiesDisabled.message"));
        return m;
    }

    /**
     * The session's language (the user's, set when their page opened); without a session (cookies refused) the
     * browser's preference is not asked: Chinese, as on the login page.
     */
    static Locale locale(SystemMessagesInfo info) {
        VaadinRequest request = info.getRequest();
        if (request != null && request.getWrappedSession(false) == null) {
            return Messages.CHINESE;
        }
        return Messages.supported(info.getLocale());
    }

    private static String contextPath(VaadinRequest request) {
        if (request == null || request.getContextPath() == null) {
            return "";
        }
        return request.getContextPath();
    }
}
