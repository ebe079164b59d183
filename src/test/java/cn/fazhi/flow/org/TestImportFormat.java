package cn.fazhi.flow.org;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The import's format from the message files, as the application builds it, and their messages, for unit tests. */
final class TestImportFormat {

    private static final Properties ZH = load("messages.properties");
    private static final Properties EN = load("messages_en.properties");

    static final ImportFormat FORMAT =
            ImportFormat.of(TestImportFormat::get, List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));

    private TestImportFormat() {}

    static String get(Locale locale, String key, Object... args) {
        String text = ("en".equals(locale.getLanguage()) ? EN : ZH).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** The problem in Chinese. */
    static String chinese(ImportProblem p) {
        return get(Locale.SIMPLIFIED_CHINESE, p.messageKey(), p.messageArgs());
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                TestImportFormat.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
