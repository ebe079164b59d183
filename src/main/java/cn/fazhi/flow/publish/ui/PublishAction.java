package cn.fazhi.flow.publish.ui;

import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.publish.PublicationInfo;
import cn.fazhi.flow.publish.PublishService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * On a report's page: for the county's ADMIN, once the report is approved, the button that opens the publish dialog;
 * once it is published, for everyone who sees the report, when it was published (flagged if late) and a link to its
 * public page. Nothing otherwise.
 */
public class PublishAction extends Composite<HorizontalLayout> {

    private final PublishService publish;
    private final OrgService org;
    private final Clock clock;
    private long reportId;
    private Runnable onPublished = () -> {};

    PublishAction(PublishService publish, OrgService org, Clock clock) {
        this.publish = publish;
        this.org = org;
        this.clock = clock;
    }

    /** The action for a report; {@code onPublished} runs after a publication (the page reloads). */
    public static PublishAction forReport(long reportId, Runnable onPublished) {
        PublishAction action = VaadinService.getCurrent().getInstantiator().getOrCreate(PublishAction.class);
        action.reportId = reportId;
        action.onPublished = onPublished;
        action.render();
        return action;
    }

    private void render() {
        HorizontalLayout box = getContent();
        box.removeAll();
        box.setId("publish-action");
        box.setPadding(false);
        box.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Optional<PublicationInfo> published = publish.publication(reportId);
        if (published.isPresent()) {
            PublicationInfo p = published.get();
            LocalDate on = LocalDate.ofInstant(p.publishedAt(), clock.getZone());
            Span when = new Span(getTranslation("publish.publishedOn", Times.date(on, getLocale()), publisher(p)));
            when.setId("publish-published");
            box.add(when);
            if (p.late()) {
                Span late = new Span(getTranslation(
                        "publish.late", p.deadline() == null ? "" : Times.date(p.deadline(), getLocale())));
                late.setId("publish-late");
                late.getElement().getThemeList().add("badge error");
                box.add(late);
            }
            Anchor link = new Anchor("public/reports/" + reportId, getTranslation("publish.publicPage"));
            link.setId("publish-public-link");
            box.add(link);
        } else if (publish.canPublish(reportId)) {
            Button open = new Button(getTranslation("publish.open"), VaadinIcon.GLOBE.create(), e -> new PublishDialog(
                            publish, reportId, this::published)
                    .open());
            open.setId("publish-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(open);
        }
        setVisible(box.getComponentCount() > 0);
    }

    private void published(PublicationInfo info) {
        Notification n = Notification.show(getTranslation(info.late() ? "publish.done.late" : "publish.done"));
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onPublished.run();
    }

    /** Who published it, by name (their login only if the account is gone). */
    private String publisher(PublicationInfo p) {
        return org.findUser(p.publishedBy()).map(UserAccount::displayName).orElse(p.publishedBy());
    }
}
