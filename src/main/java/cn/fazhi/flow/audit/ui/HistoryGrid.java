package cn.fazhi.flow.audit.ui;

import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.audit.HistoryEntry;
import cn.fazhi.flow.base.Times;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/** A report's history, newest first: when, who, what they did, at which step, and the detail. */
public final class HistoryGrid extends Grid<HistoryEntry> {

    /** {@code nameOf} turns a login into the name shown, {@code stepName} a step id into the step's name. */
    public HistoryGrid(
            AuditService audit,
            long reportId,
            UnaryOperator<String> nameOf,
            UnaryOperator<String> stepName,
            ZoneId zone) {
        setId("report-timeline");
        addColumn(h -> Times.dateTime(h.at(), getLocale(), zone))
                .setHeader(getTranslation("audit.at"))
                .setAutoWidth(true);
        addColumn(h -> nameOf.apply(h.actor()))
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        addColumn(h -> getTranslation("audit.action." + h.action().name()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        addColumn(h -> stepName.apply(h.step()))
                .setHeader(getTranslation("audit.step"))
                .setAutoWidth(true);
        addColumn(HistoryEntry::detail)
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(1);
        List<HistoryEntry> newestFirst = new ArrayList<>(audit.history(reportId));
        Collections.reverse(newestFirst);
        setItems(newestFirst);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }
}
