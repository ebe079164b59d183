package cn.fazhi.flow.desk;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.review.Deadline;
import cn.fazhi.flow.review.DoneItem;
import cn.fazhi.flow.review.Position;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.TaskItem;
import cn.fazhi.flow.review.ui.DeadlineLine;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The home page of a county's people (shown at {@code /}): the user's open tasks (their own and the pool tasks they may claim) and the tasks they completed. A
 * review task opens the review page, the draft task the report editor.
 */
@Route("tasks")
@Menu(title = "menu.tasks", order = 1)
@RolesAllowed({"DRAFTER", "TOWNSHIP_LEAD", "LEGAL_ADVISOR", "COUNTY_REVIEWER", "ADMIN"})
public class TasksView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewService review;
    private final String username;
    private final Clock clock;
    private final TabSheet tabs = new TabSheet();
    private final Tab mineTab;
    private final Grid<TaskItem> open = new Grid<>();
    private final Div openEmpty = emptyState("tasks.empty");
    private final Grid<DoneItem> done = new Grid<>();
    private final Div doneEmpty = emptyState("tasks.doneEmpty");

    public TasksView(ReviewService review, OrgService org, Clock clock) {
        this.review = review;
        this.username = org.currentUser().username();
        this.clock = clock;
        addClassName("tasks-view");
        setSizeFull();

        H2 heading = new H2(getTranslation("tasks.heading"));
        Button refresh = new Button(getTranslation("tasks.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setId("tasks-refresh");
        HorizontalLayout top = new HorizontalLayout(heading, refresh);
        top.setWidthFull();
        top.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        top.expand(heading);

        configureOpen();
        configureDone();
        VerticalLayout mine = new VerticalLayout(openEmpty, open);
        mine.setPadding(false);
        mine.setSizeFull();
        VerticalLayout completed = new VerticalLayout(doneEmpty, done);
        completed.setPadding(false);
        completed.setSizeFull();
        mineTab = tabs.add(getTranslation("tasks.tab.mine", 0), mine);
        mineTab.setId("tab-mine");
        tabs.add(getTranslation("tasks.tab.done"), completed).setId("tab-done");
        tabs.setSizeFull();
        tabs.addSelectedChangeListener(e -> refresh());

        add(top, tabs);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.pageTitle");
    }

    /** Whether a step of the report-review process is a reviewer's (null for no step). */
    static boolean isReview(String step) {
        return step != null && ReportReviewProcess.REVIEW_TASKS.contains(step);
    }

    /** Reads both lists again. */
    private void refresh() {
        List<TaskItem> tasks = review.myTasks();
        open.setItems(tasks);
        open.setVisible(!tasks.isEmpty());
        openEmpty.setVisible(tasks.isEmpty());
        mineTab.setLabel(getTranslation("tasks.tab.mine", tasks.size()));

        List<DoneItem> finished = review.doneTasks();
        done.setItems(finished);
        done.setVisible(!finished.isEmpty());
        doneEmpty.setVisible(finished.isEmpty());
    }

    private void configureOpen() {
        open.setId("tasks-grid");
        // Compact cells: eight columns fit a 1366-pixel laptop beside the menu.
        open.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        open.setSizeFull();
        open.addColumn(TaskItem::township)
                .setKey("report")
                .setHeader(getTranslation("tasks.column.report"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        open.addColumn(t -> getTranslation("tasks.year", String.valueOf(t.year())))
                .setKey("year")
                .setHeader(getTranslation("tasks.column.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        open.addColumn(t -> getTranslation("step." + t.step()))
                .setKey("step")
                .setHeader(getTranslation("tasks.column.step"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        open.addComponentColumn(this::marks)
                .setKey("marks")
                .setHeader(getTranslation("tasks.column.marks"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        open.addColumn(t -> when(t.created()))
                .setKey("received")
                .setHeader(getTranslation("tasks.column.received"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        open.addColumn(t -> t.due() == null
                        ? getTranslation("tasks.noDue")
                        : DeadlineLine.describe(this, getLocale(), deadline(t)))
                .setKey("due")
                .setHeader(getTranslation("tasks.column.due"))
                .setPartNameGenerator(t -> t.due() != null && deadline(t).overdue() ? "overdue" : null)
                .setAutoWidth(true)
                .setFlexGrow(0);
        open.addColumn(this::holder)
                .setKey("holder")
                .setHeader(getTranslation("tasks.column.holder"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        open.addComponentColumn(this::taskActions)
                .setKey("actions")
                .setHeader(getTranslation("tasks.column.actions"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** The report's marks: 已退回 when a reviewer returned it to its township. */
    private Component marks(TaskItem task) {
        Span marks = new Span();
        marks.addClassName("task-marks");
        if (task.returned()) {
            Span returned = new Span(getTranslation("status.RETURNED"));
            returned.getElement().getThemeList().add("badge error small");
            returned.addClassName("task-returned");
            marks.add(returned);
        }
        return marks;
    }

    private Deadline deadline(TaskItem task) {
        return Deadline.of(task.due(), clock);
    }

    private void configureDone() {
        done.setId("done-grid");
        done.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        done.setSizeFull();
        done.addColumn(DoneItem::township)
                .setKey("report")
                .setHeader(getTranslation("tasks.column.report"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        done.addColumn(d -> getTranslation("tasks.year", String.valueOf(d.year())))
                .setKey("year")
                .setHeader(getTranslation("tasks.column.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        done.addColumn(d -> getTranslation("step." + d.step()))
                .setKey("step")
                .setHeader(getTranslation("tasks.column.step"));
        done.addColumn(d -> when(d.completed()))
                .setKey("completed")
                .setHeader(getTranslation("tasks.column.completed"));
        done.addComponentColumn(d -> {
                    Button view = new Button(getTranslation("tasks.view"), e -> show(d.reportId(), d.step()));
                    view.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    view.addClassName("task-view");
                    return view;
                })
                .setKey("actions")
                .setHeader(getTranslation("tasks.column.actions"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private String holder(TaskItem task) {
        if (task.assignee() == null) {
            return getTranslation(isReview(task.step()) ? "tasks.holder.pool" : "tasks.holder.township");
        }
        return task.assignee().equals(username) ? getTranslation("tasks.holder.me") : task.assignee();
    }

    private Component taskActions(TaskItem task) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        actions.setPadding(false);
        if (task.assignee() == null && isReview(task.step())) {
            Button claim = new Button(getTranslation("tasks.claim"), e -> claim(task));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.addClassName("task-claim");
            actions.add(claim);
        }
        Button handle = new Button(getTranslation("tasks.open"), e -> open(task));
        handle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        handle.addClassName("task-open");
        actions.add(handle);
        return actions;
    }

    private void claim(TaskItem task) {
        try {
            review.claim(task.id());
            Notification.show(getTranslation("tasks.claimed", reportName(task.township(), task.year())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FlowException e) {
            failed(e);
        }
        refresh();
    }

    private void open(TaskItem task) {
        if (ReportReviewProcess.TASK_DRAFT.equals(task.step())) {
            getUI().ifPresent(ui -> ui.navigate(ReportEditorView.class, ReviewView.parameters(task.reportId())));
            return;
        }
        try {
            Position now = review.position(task.reportId());
            if (!task.id().equals(now.taskId())) {
                throw FlowException.conflict("error.taskGone");
            }
        } catch (FlowException e) {
            failed(e);
            refresh();
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ReviewView.class, ReviewView.parameters(task.reportId())));
    }

    private void show(long reportId, String step) {
        if (isReview(step)) {
            getUI().ifPresent(ui -> ui.navigate(ReviewView.class, ReviewView.parameters(reportId)));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ReportView.class, ReviewView.parameters(reportId)));
        }
    }

    private void failed(FlowException e) {
        Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String reportName(String township, int year) {
        return getTranslation("tasks.report", township, String.valueOf(year));
    }

    private String when(Instant at) {
        return Times.dateTime(at, getLocale(), clock.getZone());
    }

    private Div emptyState(String key) {
        Div empty = new Div();
        empty.setText(getTranslation(key));
        empty.addClassName("empty-state");
        return empty;
    }
}
