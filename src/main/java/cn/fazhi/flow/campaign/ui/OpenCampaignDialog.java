package cn.fazhi.flow.campaign.ui;

import cn.fazhi.flow.base.DatePickers;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.campaign.CampaignService;
import cn.fazhi.flow.campaign.CampaignSummary;
import cn.fazhi.flow.campaign.OpenCampaign;
import cn.fazhi.flow.org.CountySettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The administrator's form to open a campaign: report year, submission deadline, review periods in working days, and
 * the publication deadline (empty: 1 April of the following year). The service validates; its message shows in the
 * form, which keeps what was typed.
 */
class OpenCampaignDialog extends Dialog {

    final IntegerField year = new IntegerField();
    final DateTimePicker submissionDue = new DateTimePicker();
    final IntegerField legalDays = new IntegerField();
    final IntegerField countyDays = new IntegerField();
    final DatePicker publicationDue = new DatePicker();
    final Span error = new Span();
    final Button save = new Button();

    OpenCampaignDialog(CampaignService campaigns, Clock clock, LongConsumer opened) {
        setHeaderTitle(getTranslation("campaign.open.title"));
        setId("open-campaign-dialog");
        LocalDate today = LocalDate.now(clock);
        CountySettings defaults = campaigns.openingDefaults();

        year.setId("campaign-year");
        year.setLabel(getTranslation("campaign.open.year"));
        year.setValue(proposedYear(
                today, campaigns.list().stream().map(CampaignSummary::year).collect(Collectors.toSet())));
        year.setStepButtonsVisible(true);

        submissionDue.setId("campaign-submission-due");
        submissionDue.setLabel(getTranslation("campaign.open.submissionDue"));
        submissionDue.setMin(today.atStartOfDay());
        DatePickers.localized(submissionDue);

        legalDays.setId("campaign-legal-days");
        legalDays.setLabel(getTranslation("campaign.open.legalReviewDays"));
        legalDays.setMin(CampaignService.MIN_REVIEW_DAYS);
        legalDays.setMax(CampaignService.MAX_REVIEW_DAYS);
        legalDays.setValue(defaults.legalReviewDays());
        legalDays.setStepButtonsVisible(true);

        countyDays.setId("campaign-county-days");
        countyDays.setLabel(getTranslation("campaign.open.countyReviewDays"));
        countyDays.setMin(CampaignService.MIN_REVIEW_DAYS);
        countyDays.setMax(CampaignService.MAX_REVIEW_DAYS);
        countyDays.setValue(defaults.countyReviewDays());
        countyDays.setStepButtonsVisible(true);

        publicationDue.setId("campaign-publication-due");
        publicationDue.setLabel(getTranslation("campaign.open.publicationDue"));
        DatePickers.localized(publicationDue);
        publicationDue.setHelperText(getTranslation(
                "campaign.open.publicationDueHelp",
                defaults.publicationDue().getMonthValue(),
                defaults.publicationDue().getDayOfMonth()));

        error.setId("campaign-open-error");
        error.addClassName("campaign-open-error");

        FormLayout form = new FormLayout(year, submissionDue, legalDays, countyDays, publicationDue);
        add(form, error);

        save.setId("campaign-open-save");
        save.setText(getTranslation("campaign.open.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                long id = campaigns.open(new OpenCampaign(
                        year.getValue(),
                        submissionDue.getValue(),
                        legalDays.getValue(),
                        countyDays.getValue(),
                        publicationDue.getValue(),
                        null));
                close();
                opened.accept(id);
            } catch (FlowException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        getFooter().add(new Button(getTranslation("campaign.cancel"), e -> close()), save);
    }

    /**
     * The year to propose: reports on a year are written early the next year, so before April it is last year;
     * a year that already has a campaign is passed over for the next one that has none.
     */
    static int proposedYear(LocalDate today, Set<Integer> taken) {
        int year = today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear();
        while (taken.contains(year)) {
            year++;
        }
        return year;
    }
}
