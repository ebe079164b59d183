package cn.fazhi.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The security log in words: a detail given as a translation key is read in the reader's language. */
class SecurityLogTextsTest {

    private static final Map<String, String> BUNDLE =
            Map.of("security.detail.wrongPassword", "密码错误", "step.Task_LegalReview", "法律顾问审核");

    private final SecurityLogTexts texts = new SecurityLogTexts(
            (key, args) -> BUNDLE.getOrDefault(key, "!" + key), Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"));

    private static SecurityLogEntry entry(String detail, String step) {
        return new SecurityLogEntry(
                Instant.parse("2026-12-03T06:00:00Z"),
                "drafter1",
                "太要镇起草人",
                "10.0.0.7",
                "SIGN_IN_FAILED",
                "user:drafter1",
                false,
                detail,
                null,
                step);
    }

    @Test
    void aDetailThatIsAKeyIsTranslatedAndAnyOtherTextStaysAsWritten() {
        assertThat(texts.detail(entry("security.detail.wrongPassword", null))).isEqualTo("密码错误");
        assertThat(texts.detail(entry("security.detail.unknownKey", null))).isEqualTo("security.detail.unknownKey");
        assertThat(texts.detail(entry("王管理：security.detail.wrongPassword", null)))
                .isEqualTo("王管理：security.detail.wrongPassword");
        assertThat(texts.detail(entry("", "Task_LegalReview"))).isEqualTo("法律顾问审核");
    }
}
