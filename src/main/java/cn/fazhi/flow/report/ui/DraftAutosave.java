package cn.fazhi.flow.report.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.report.DraftSaved;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The save state of a drafter's working copy: the text is saved against the lock version last seen, so a concurrent
 * edit is reported (in the conflict bar, with a reload button) instead of overwritten, and saving stops until the
 * drafter reloads. Shows when the stored copy was last saved, then "saving…", "saved at" or why the save failed.
 */
public class DraftAutosave {

    private final ReportService reports;
    private final long reportId;
    private final ZoneId zone;
    private final Span state = new Span();
    private final HorizontalLayout conflictBar = new HorizontalLayout();
    private final Span conflictMessage = new Span();
    private Supplier<ReportContent> content = () -> null;
    private long lockVersion;
    /** The fields hold text that is not stored yet. */
    private boolean dirty;
    /** The stored copy changed under us: saving stops until the drafter reloads. */
    private boolean conflict;

    /** The save state of one report; {@code reload} loads the stored copy again after a conflict. */
    public DraftAutosave(ReportService reports, long reportId, ZoneId zone, Runnable reload) {
        this.reports = reports;
        this.reportId = reportId;
        this.zone = zone;
        state.setId("save-state");
        state.addClassName("save-state");
        state.getElement().setAttribute("aria-live", "polite");

        conflictMessage.setId("editor-conflict-message");
        conflictMessage.addClassName("editor-conflict-message");
        Button reloadButton = new Button(state.getTranslation("editor.reload"), e -> reload.run());
        reloadButton.setId("editor-reload");
        conflictBar.add(conflictMessage, reloadButton);
        conflictBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        conflictBar.setId("editor-conflict");
    }

    /** "Saving…", "saved at …" or why the save failed. */
    public Span state() {
        return state;
    }

    /** The conflict's message and the reload button, shown only after a conflict. */
    public HorizontalLayout conflictBar() {
        return conflictBar;
    }

    /**
     * Starts afresh from the stored copy at this lock version, last saved at {@code savedAt} (null when never), saving
     * what {@code content} returns from now on.
     */
    public void reset(long lockVersion, Instant savedAt, Supplier<ReportContent> content) {
        this.lockVersion = lockVersion;
        this.content = content;
        dirty = false;
        conflict = false;
        conflictBar.setVisible(false);
        state.setText(
                savedAt == null
                        ? ""
                        : state.getTranslation(
                                "editor.save.lastSaved",
                                Times.dateTime(savedAt, UI.getCurrent().getLocale(), zone)));
    }

    /** The first keystroke of a burst: a save is on its way. */
    public void typing() {
        dirty = true;
        if (!conflict) {
            state.setText(state.getTranslation("editor.save.saving"));
        }
    }

    /** The text changed: saves it. */
    public void changed() {
        dirty = true;
        save();
    }

    /** A field lost focus: saves what is not stored yet. */
    public void left() {
        if (dirty) {
            save();
        }
    }

    public boolean dirty() {
        return dirty;
    }

    public boolean conflict() {
        return conflict;
    }

    public String conflictMessage() {
        return conflictMessage.getText();
    }

    /** The drafter chose to drop the text not stored yet. */
    public void discard() {
        dirty = false;
    }

    /** Saves the text if it is not stored yet; true when it is stored now. */
    public boolean saveIfDirty() {
        return !dirty || save();
    }

    /** The lock version the stored copy has once the text is saved; empty after a conflict or a failed save. */
    public OptionalLong savedLockVersion() {
        return conflict || !saveIfDirty() ? OptionalLong.empty() : OptionalLong.of(lockVersion);
    }

    /** Saves the text; true when it is stored. A conflict keeps the text in the fields and stops saving. */
    public boolean save() {
        if (conflict) {
            return false;
        }
        state.setText(state.getTranslation("editor.save.saving"));
        try {
            DraftSaved saved = reports.saveDraft(reportId, content.get(), lockVersion);
            lockVersion = saved.lockVersion();
            dirty = false;
            state.setText(state.getTranslation("editor.save.saved", Times.time(saved.savedAt(), zone)));
            return true;
        } catch (FlowException e) {
            String message = state.getTranslation(e.messageKey(), e.args());
            state.setText(state.getTranslation("editor.save.failed", message));
            if (e.kind() == FlowException.Kind.CONFLICT) {
                conflict = true;
                conflictMessage.setText(message);
                conflictBar.setVisible(true);
            }
            return false;
        }
    }

    /** A blocked submission leaves the text as saved; keep saving against the stored copy if nobody else changed it. */
    public void adoptLockVersionIfUnchanged() {
        ReportDetails now = reports.get(reportId);
        if (now.lockVersion() != lockVersion && now.content().equals(content.get())) {
            lockVersion = now.lockVersion();
        }
    }
}
