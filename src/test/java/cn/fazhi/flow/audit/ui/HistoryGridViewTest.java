package cn.fazhi.flow.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.audit.HistoryEntry;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The history speaks the reader's language: no logins, version codes, ISO dates or rule ids. */
class HistoryGridViewTest extends AbstractViewTest {

    private static final Instant AT = Instant.parse("2026-12-03T09:00:00Z");
    private static final Map<String, String> NAMES = Map.of("drafter1", "太要镇起草人", "advisor", "张律师");

    private final AuditService audit = mock(AuditService.class);

    @Test
    void everyDetailIsReadNotCoded() {
        List<String> details = details(Locale.SIMPLIFIED_CHINESE);
        assertThat(details).containsExactly("", "太要镇起草人", "2027年4月1日", "2026年12月3日", "第 2 版", "缺少必备部分、年份不符", "2026年度");
        assertThat(actors(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("张律师", "系统", "张律师", "系统", "太要镇起草人", "太要镇起草人", "太要镇起草人");
    }

    @Test
    void andInEnglish() {
        assertThat(details(Locale.ENGLISH))
                .containsExactly(
                        "", "太要镇起草人", "Apr 1, 2027", "Dec 3, 2026", "version 2", "Part missing, Wrong year", "2026");
        assertThat(actors(Locale.ENGLISH)).contains("System");
    }

    private List<String> details(Locale locale) {
        return column(locale, "detail");
    }

    private List<String> actors(Locale locale) {
        return column(locale, "actor");
    }

    private List<String> column(Locale locale, String key) {
        UI.getCurrent().setLocale(locale);
        when(audit.history(7L))
                .thenReturn(List.of(
                        new HistoryEntry(AT, "drafter1", AuditAction.CREATED, "Task_Draft", "2026"),
                        new HistoryEntry(
                                AT,
                                "drafter1",
                                AuditAction.PRECHECK_BLOCKED,
                                "Task_Draft",
                                "missing-part, year-mismatch"),
                        new HistoryEntry(AT, "drafter1", AuditAction.SUBMITTED, "Task_LegalReview", "v2"),
                        new HistoryEntry(AT, "system", AuditAction.OVERDUE, "Task_Draft", "2026-12-03"),
                        new HistoryEntry(AT, "advisor", AuditAction.PUBLISHED, null, "2027-04-01"),
                        new HistoryEntry(AT, "system", AuditAction.RELEASED, "Task_LegalReview", "drafter1"),
                        new HistoryEntry(AT, "advisor", AuditAction.CLAIMED, "Task_LegalReview", "")));
        HistoryGrid grid = new HistoryGrid(
                audit,
                7L,
                login -> NAMES.getOrDefault(login, login),
                step -> step,
                rule -> switch (rule) {
                    case "missing-part" -> locale == Locale.ENGLISH ? "Part missing" : "缺少必备部分";
                    case "year-mismatch" -> locale == Locale.ENGLISH ? "Wrong year" : "年份不符";
                    default -> rule;
                },
                ZoneId.of("Asia/Shanghai"));
        UI.getCurrent().add(grid);
        int column = "actor".equals(key) ? 1 : 4;
        return IntStream.range(0, 7)
                .mapToObj(i -> _getFormattedRow(grid, i).get(column))
                .toList();
    }
}
