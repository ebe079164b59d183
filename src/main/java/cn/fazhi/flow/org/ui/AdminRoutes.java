package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.base.FlowException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.ValueProvider;
import java.util.function.Predicate;

/** The routes of the county administration's pages, the columns their lists share, and how their forms show a refusal. */
final class AdminRoutes {

    static final String TOWNSHIPS = "admin/townships";
    static final String USERS = "admin/users";
    static final String SETTINGS = "admin/settings";
    static final String IMPORT = "admin/import";

    private AdminRoutes() {}

    /** A translated refusal in the form's error line. */
    static void show(Span error, FlowException e) {
        error.setText(error.getTranslation(e.messageKey(), e.args()));
        error.setVisible(true);
    }

    static Span errorLine(String id) {
        Span error = new Span();
        error.setId(id);
        error.addClassName("admin-error");
        error.setVisible(false);
        return error;
    }

    /** The last two columns of an administration list: whether the row is active, and the actions on it. */
    static <T> void stateAndActions(Grid<T> grid, Predicate<T> active, ValueProvider<T, Component> actions) {
        grid.addColumn(row -> grid.getTranslation(active.test(row) ? "admin.active" : "admin.inactive"))
                .setHeader(grid.getTranslation("admin.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(actions)
                .setKey("actions")
                .setHeader(grid.getTranslation("admin.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    static void notifyDone(Component where, String key, Object... args) {
        Notification.show(where.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void notifyRefused(Component where, FlowException e) {
        Notification.show(where.getTranslation(e.messageKey(), e.args()), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
