package cn.fazhi.flow.publish.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.publish.PublicationInfo;
import cn.fazhi.flow.publish.PublishService;
import cn.fazhi.flow.report.ReportContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Publishing a report: the 保密审查 confirmation, the passages to redact (typed or pasted, or taken from the text
 * selected in the preview), the preview of the public version with the redactions applied, and the confirmation. A
 * passage not in the text is refused with a message and nothing else is lost.
 */
class PublishDialog extends Dialog {

    private final PublishService publish;
    private final long reportId;
    private final Consumer<PublicationInfo> onPublished;
    private final List<String> redactions = new ArrayList<>();

    private final Checkbox checked = new Checkbox();
    private final TextArea passage = new TextArea();
    private final Div list = new Div();
    private final Div preview = new Div();
    private final Button confirm = new Button();
    private final Span error = new Span();

    PublishDialog(PublishService publish, long reportId, Consumer<PublicationInfo> onPublished) {
        this.publish = publish;
        this.reportId = reportId;
        this.onPublished = onPublished;
        setId("publish-dialog");
        setHeaderTitle(getTranslation("publish.dialog.title"));
        setWidth("min(60em, 95vw)");

        checked.setId("publish-checked");
        checked.setLabel(getTranslation("publish.dialog.checked"));
        checked.setHelperText(getTranslation("publish.dialog.checkedHelp"));
        checked.addValueChangeListener(e -> confirm.setEnabled(e.getValue()));

        passage.setId("publish-passage");
        passage.setLabel(getTranslation("publish.dialog.passage"));
        passage.setHelperText(getTranslation("publish.dialog.passageHelp"));
        passage.setWidthFull();
        passage.setMaxHeight("8em");
        Button add = new Button(getTranslation("publish.dialog.add"), VaadinIcon.PLUS.create(), e -> add());
        add.setId("publish-add");
        Button selected = new Button(
                getTranslation("publish.dialog.addSelected"), VaadinIcon.CURSOR.create(), e -> addSelected());
        selected.setId("publish-add-selected");
        selected.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(add, selected);
        list.setId("publish-redactions");
        list.addClassName("publish-redactions");

        preview.setId("publish-preview");
        preview.addClassName("publish-preview");
        error.setId("publish-error");
        error.addClassName("publish-error");
        error.setVisible(false);

        add(
                checked,
                new H4(getTranslation("publish.dialog.redactions")),
                passage,
                buttons,
                list,
                new H4(getTranslation("publish.dialog.preview")),
                preview);

        Button cancel = new Button(getTranslation("publish.dialog.cancel"), e -> close());
        cancel.setId("publish-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        confirm.setText(getTranslation("publish.dialog.confirm"));
        confirm.setId("publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> confirm());
        getFooter().add(error, cancel, confirm);
        refresh();
    }

    /** Adds the passage typed in the field, when it is in the text. */
    void add() {
        addPassage(passage.getValue());
    }

    private void addSelected() {
        preview.getElement()
                .executeJs("return window.getSelection ? window.getSelection().toString() : ''")
                .then(String.class, this::addPassage);
    }

    private void addPassage(String text) {
        String p = text == null ? "" : text.strip();
        if (p.isEmpty()) {
            passage.setErrorMessage(getTranslation("publish.dialog.passageEmpty"));
            passage.setInvalid(true);
            return;
        }
        if (redactions.contains(p)) {
            passage.clear();
            return;
        }
        List<String> next = new ArrayList<>(redactions);
        next.add(p);
        try {
            ReportContent shown = publish.preview(reportId, next);
            redactions.add(p);
            passage.clear();
            passage.setInvalid(false);
            show(shown);
        } catch (FlowException e) {
            passage.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            passage.setInvalid(true);
        }
    }

    private void remove(String p) {
        redactions.remove(p);
        refresh();
    }

    private void refresh() {
        try {
            show(publish.preview(reportId, redactions));
        } catch (FlowException e) {
            failed(e);
        }
    }

    private void show(ReportContent text) {
        list.removeAll();
        if (redactions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("publish.dialog.noRedactions"));
            none.addClassName("publish-no-redactions");
            list.add(none);
        }
        for (String p : redactions) {
            Span quoted = new Span(p);
            quoted.addClassName("publish-redaction-text");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove(p));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.addClassName("publish-redaction-remove");
            remove.setAriaLabel(getTranslation("publish.dialog.remove"));
            HorizontalLayout row = new HorizontalLayout(quoted, remove);
            row.addClassName("publish-redaction");
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            list.add(row);
        }
        preview.removeAll();
        preview.add(new PublicText(text));
    }

    private void confirm() {
        try {
            PublicationInfo info = publish.publish(reportId, checked.getValue(), List.copyOf(redactions));
            close();
            onPublished.accept(info);
        } catch (FlowException e) {
            failed(e);
        }
    }

    private void failed(FlowException e) {
        error.setText(getTranslation(e.messageKey(), e.args()));
        error.setVisible(true);
    }
}
