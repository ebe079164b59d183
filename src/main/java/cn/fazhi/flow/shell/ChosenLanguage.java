package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import java.util.Optional;

/**
 * The language chosen on the login page ({@code ?lang=en}, {@code ?lang=zh}): it wins over the user's saved language
 * for the rest of the session (signing in keeps the session's attributes; signing out ends it), and the login page
 * opened again without a choice (after a failed attempt, say) keeps it.
 */
final class ChosenLanguage {

    private static final String ATTRIBUTE = ChosenLanguage.class.getName();

    private ChosenLanguage() {}

    /** The language a {@code lang} parameter names, if it names one the application speaks. */
    static Optional<Locale> named(String lang) {
        return Optional.ofNullable(lang)
                .filter(l -> l.equals("en") || l.equals("zh"))
                .map(Locale::forLanguageTag)
                .map(Messages::supported);
    }

    static void remember(WrappedSession session, Locale locale) {
        session.setAttribute(ATTRIBUTE, locale.toLanguageTag());
    }

    static Optional<Locale> of(WrappedSession session) {
        return Optional.ofNullable(session.getAttribute(ATTRIBUTE))
                .map(String.class::cast)
                .map(Locale::forLanguageTag);
    }
}
