package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.CountySettings;
import cn.fazhi.flow.org.OrgAdministration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.stream.IntStream;

/**
 * 县级设置 (the county's ADMIN): whether the township lead signs a report off, and the defaults of a new campaign (the
 * review periods in working days, the day of the following year by which reports must be public); the link to the
 * pre-check rule settings.
 */
@Route(AdminRoutes.SETTINGS)
@Menu(title = "menu.admin.settings", order = 11)
@RolesAllowed("ADMIN")
public class CountySettingsView extends VerticalLayout implements HasDynamicTitle {

    /** The pre-check rule settings' route ({@code check/ui/CheckSettingsView}). */
    static final String CHECK_SETTINGS = "settings/check";

    final Checkbox leadSignOff = new Checkbox();
    final IntegerField legalDays = new IntegerField();
    final IntegerField countyDays = new IntegerField();
    final Select<Integer> month = new Select<>();
    final IntegerField day = new IntegerField();
    final Button save = new Button();
    final Span error = AdminRoutes.errorLine("settings-error");

    public CountySettingsView(OrgAdministration admin) {
        addClassName("county-settings-view");
        setMaxWidth("60em");
        CountySettings settings = admin.settings();

        leadSignOff.setId("settings-lead-sign-off");
        leadSignOff.setLabel(getTranslation("admin.settings.leadSignOff"));
        leadSignOff.setValue(settings.leadSignOffRequired());
        days(legalDays, "settings-legal-days", "admin.settings.legalDays", settings.legalReviewDays());
        days(countyDays, "settings-county-days", "admin.settings.countyDays", settings.countyReviewDays());
        month.setId("settings-publication-month");
        month.setLabel(getTranslation("admin.settings.publicationMonth"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation("admin.settings.month", m));
        month.setValue(settings.publicationDue().getMonthValue());
        day.setId("settings-publication-day");
        day.setLabel(getTranslation("admin.settings.publicationDay"));
        day.setMin(1);
        day.setMax(31);
        day.setStepButtonsVisible(true);
        day.setValue(settings.publicationDue().getDayOfMonth());
        HorizontalLayout publication = new HorizontalLayout(month, day);
        publication.setAlignItems(Alignment.BASELINE);

        FormLayout form = new FormLayout(leadSignOff, legalDays, countyDays, publication);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph publicationHelp = new Paragraph(getTranslation("admin.settings.publicationHelp"));

        save.setId("settings-save");
        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            error.setVisible(false);
            try {
                admin.updateSettings(new CountySettings(
                        leadSignOff.getValue(), number(legalDays), number(countyDays), publicationDue()));
                AdminRoutes.notifyDone(this, "admin.saved");
            } catch (FlowException ex) {
                AdminRoutes.show(error, ex);
            }
        });

        Anchor checkSettings = new Anchor(CHECK_SETTINGS, getTranslation("admin.settings.checkLink"));
        checkSettings.setId("settings-check-link");
        add(
                new H2(getTranslation("admin.settings.heading")),
                form,
                publicationHelp,
                error,
                save,
                new Paragraph(checkSettings));
    }

    private void days(IntegerField field, String id, String labelKey, int value) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMin(CountySettings.MIN_REVIEW_DAYS);
        field.setMax(CountySettings.MAX_REVIEW_DAYS);
        field.setStepButtonsVisible(true);
        // A number of days, not a line of text: as wide as the month and day of the publication deadline.
        field.setMaxWidth("25em");
        field.setValue(value);
        field.setHelperText(getTranslation(
                "admin.settings.daysHelp", CountySettings.MIN_REVIEW_DAYS, CountySettings.MAX_REVIEW_DAYS));
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private MonthDay publicationDue() {
        try {
            return MonthDay.of(
                    month.getValue() == null ? 0 : month.getValue(), day.getValue() == null ? 0 : day.getValue());
        } catch (DateTimeException e) {
            throw FlowException.invalid("error.admin.publicationDue");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.settings.pageTitle");
    }
}
