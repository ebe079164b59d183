package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin's translations, from the same bundle as the REST messages: Chinese first, English second. */
@Component
class TranslationProvider implements I18NProvider {

    private final MessageSource messageSource;

    TranslationProvider(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messageSource.getMessage(key, params, Messages.supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }
}
