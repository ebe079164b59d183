package cn.fazhi.flow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Dates and times as users read them, also where a service writes them into a refusal that is shown elsewhere. */
class TimesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ResourceBundleMessageSource bundle = bundle();
    private final Messages messages = new Messages(bundle);

    @Test
    void aRefusalsMomentReadsInTheLanguageOfItsMessage() {
        Object next = Times.dateTimeArgument(Instant.parse("2026-12-03T09:00:00Z"), ZONE);

        assertThat(messages.get(Messages.CHINESE, "notify.error.urgedTooRecently", next))
                .isEqualTo("这份报告刚催办过，2026年12月3日 17:00 之后才能再次催办。");
        assertThat(messages.get(Locale.ENGLISH, "notify.error.urgedTooRecently", next))
                .isEqualTo("This report was urged recently; it can be urged again after Dec 3, 2026 17:00.");
    }

    @Test
    void theArgumentWritesEveryMonthAsTheScreensDo() {
        IntStream.rangeClosed(1, 12)
                .mapToObj(month -> Instant.parse("2027-%02d-09T23:05:00Z".formatted(month)))
                .forEach(at -> {
                    for (Locale locale : Messages.LOCALES) {
                        assertThat(bundle.getMessage(Times.dateTimeArgument(at, ZONE), locale))
                                .as("%s in %s", at, locale)
                                .isEqualTo(Times.dateTime(at, locale, ZONE));
                    }
                });
    }

    @Test
    void aMomentIsWrittenInChineseWithoutIsoDigits() {
        assertThat(Times.dateTime(Instant.parse("2026-01-05T06:03:00Z"), Messages.CHINESE, ZONE))
                .isEqualTo("2026年1月5日 14:03");
        assertThat(Times.dateTime(null, Messages.CHINESE, ZONE)).isEmpty();
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
