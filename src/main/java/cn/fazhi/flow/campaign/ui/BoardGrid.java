package cn.fazhi.flow.campaign.ui;

import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.campaign.BoardRow;
import cn.fazhi.flow.report.ReportPages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The board's rows: each township's report (a link to its page), where it stands and who holds it, when it was
 * submitted, the days left or overdue, its returns, its last activity, and the urge (催办) button.
 */
class BoardGrid extends Grid<BoardRow> {

    static final String URGE_COLUMN = "urge";

    private final ZoneId zone;

    BoardGrid(ZoneId zone, Consumer<BoardRow> urge) {
        this.zone = zone;
        setId("board-grid");
        addComponentColumn(r -> new Anchor(ReportPages.report(r.reportId()), r.township()))
                .setHeader(getTranslation("campaign.board.township"))
                .setFlexGrow(2);
        addColumn(r -> getTranslation("status." + r.status().name()))
                .setHeader(getTranslation("campaign.board.status"))
                .setAutoWidth(true);
        addColumn(r -> r.step() == null ? "" : getTranslation("step." + r.step()))
                .setHeader(getTranslation("campaign.board.step"))
                .setAutoWidth(true);
        addColumn(r -> r.holderName() != null
                        ? r.holderName()
                        : r.inPool() ? getTranslation("campaign.board.pool") : "")
                .setHeader(getTranslation("campaign.board.holder"))
                .setAutoWidth(true);
        addColumn(r -> time(r.submittedAt()))
                .setHeader(getTranslation("campaign.board.submittedAt"))
                .setAutoWidth(true);
        addComponentColumn(this::daysLeft)
                .setHeader(getTranslation("campaign.board.daysLeft"))
                .setAutoWidth(true);
        addColumn(BoardRow::returns)
                .setHeader(getTranslation("campaign.board.returns"))
                .setAutoWidth(true);
        addColumn(r -> time(r.lastActivity()))
                .setHeader(getTranslation("campaign.board.lastActivity"))
                .setAutoWidth(true);
        addComponentColumn(r -> {
                    Button button = new Button(getTranslation("campaign.board.urge"), e -> urge.accept(r));
                    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
                    button.setEnabled(!ProgressChart.done(r.status()));
                    return button;
                })
                .setKey(URGE_COLUMN)
                .setHeader(getTranslation("campaign.board.urgeColumn"))
                .setAutoWidth(true);
        setEmptyStateText(getTranslation("campaign.board.empty"));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }

    Component daysLeft(BoardRow row) {
        Span span = new Span();
        if (row.submitted()) {
            span.setText(row.overdue() ? getTranslation("campaign.board.submittedLate") : "");
        } else if (row.daysOverdue() != null) {
            span.setText(getTranslation("campaign.board.daysOverdue", row.daysOverdue()));
        } else {
            span.setText(getTranslation("campaign.board.daysLeftValue", row.daysLeft()));
        }
        if (row.overdue() || row.daysOverdue() != null) {
            span.addClassName("overdue");
        }
        return span;
    }

    /** A moment as the board shows it, to the minute in the reader's language; empty for none. */
    String time(Instant at) {
        return Times.dateTime(at, getLocale(), zone);
    }
}
