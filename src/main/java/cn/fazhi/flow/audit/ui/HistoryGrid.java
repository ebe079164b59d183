package cn.fazhi.flow.audit.ui;

import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.audit.HistoryEntry;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.base.Times;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A report's history, newest first: when, who, what they did, at which step, and the detail, each in the reader's
 * language (people by name, the system as such, versions, dates and pre-check rules as words, never as codes).
 */
public final class HistoryGrid extends Grid<HistoryEntry> {

    private static final Pattern VERSION = Pattern.compile("v(\\d+)");

    private final UnaryOperator<String> nameOf;
    private final UnaryOperator<String> ruleName;

    /**
     * {@code nameOf} turns a login into the name shown, {@code stepName} a step id into the step's name,
     * {@code ruleName} a pre-check rule id into the rule's name.
     */
    public HistoryGrid(
            AuditService audit,
            long reportId,
            UnaryOperator<String> nameOf,
            UnaryOperator<String> stepName,
            UnaryOperator<String> ruleName,
            ZoneId zone) {
        this.nameOf = nameOf;
        this.ruleName = ruleName;
        setId("report-timeline");
        addColumn(h -> Times.dateTime(h.at(), getLocale(), zone))
                .setHeader(getTranslation("audit.at"))
                .setAutoWidth(true);
        addColumn(h -> person(h.actor()))
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        addColumn(h -> getTranslation("audit.action." + h.action().name()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        addColumn(h -> stepName.apply(h.step()))
                .setHeader(getTranslation("audit.step"))
                .setAutoWidth(true);
        addColumn(this::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        List<HistoryEntry> newestFirst = new ArrayList<>(audit.history(reportId));
        Collections.reverse(newestFirst);
        setItems(newestFirst);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private String person(String login) {
        return SecurityEvent.SYSTEM.equals(login) ? getTranslation("audit.actor.system") : nameOf.apply(login);
    }

    /** The detail as the action recorded it (a year, a version, rule ids, a date, a login, or the user's text), read. */
    String detail(HistoryEntry entry) {
        String detail = entry.detail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        return switch (entry.action()) {
            case CREATED -> getTranslation("audit.detail.year", detail);
            case SUBMITTED -> {
                Matcher version = VERSION.matcher(detail);
                yield version.matches() ? getTranslation("audit.detail.version", version.group(1)) : detail;
            }
            case PRECHECK_BLOCKED -> Arrays.stream(detail.split(","))
                    .map(String::strip)
                    .map(ruleName)
                    .collect(Collectors.joining(getTranslation("audit.detail.separator")));
            case OVERDUE, PUBLISHED -> date(detail);
            case RELEASED -> person(detail);
            default -> detail;
        };
    }

    private String date(String iso) {
        try {
            return Times.date(LocalDate.parse(iso), getLocale());
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
