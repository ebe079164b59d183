package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.AccessDenials;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * What an error page shows: a title for the HTTP status, the translated message and a way back to 我的待办 (the
 * start page). Never a stack trace. A refusal (403) is told to the security log once the page is shown.
 */
abstract class ErrorView extends VerticalLayout implements HasDynamicTitle {

    /** The statuses with a title of their own ({@code error.view.title.<status>}); any other is shown as 500. */
    static final Set<Integer> STATUSES = Set.of(400, 403, 404, 409, 422, 429, 500);

    private final H2 title = new H2();
    private final Paragraph message = new Paragraph();
    private int status;
    private String messageKey;
    private Object[] messageArgs;

    ErrorView() {
        addClassName("error-view");
        title.addClassName("error-title");
        message.addClassName("error-message");
        Anchor back = new Anchor("", getTranslation("error.view.back"));
        back.addClassName("error-back");
        add(title, message, back);
    }

    /** Shows the translated message under the status's title and answers the status for the HTTP response. */
    protected int show(int status, String key, Object... args) {
        this.status = STATUSES.contains(status) ? status : 500;
        this.messageKey = key;
        this.messageArgs = args;
        title.setText(getTranslation("error.view.title." + this.status));
        message.setText(getTranslation(key, args));
        return this.status;
    }

    /** Tells the security log that the user was refused the page, when this page shows a refusal (403). */
    void recordRefusal(AccessDenials denials, String path) {
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            denials.record("page:" + path, messageKey, messageArgs);
        }
    }

    String title() {
        return title.getText();
    }

    String message() {
        return message.getText();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.view.pageTitle", title.getText());
    }
}
