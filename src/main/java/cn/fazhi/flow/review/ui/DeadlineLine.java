package cn.fazhi.flow.review.ui;

import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.review.Deadline;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A task's deadline in one line under a report's heading: the drafter's "须于2026年12月3日 17:00 前提交（剩 2 天）" in
 * the editor, "办理期限：…" on the report page; red once overdue. The day alone when the deadline is the end of a day.
 */
public final class DeadlineLine extends Span {

    private DeadlineLine(String id, String key, Deadline deadline) {
        setId(id);
        addClassName("deadline-line");
        if (deadline.overdue()) {
            addClassName("overdue");
        }
        String when = due(deadline, getLocale());
        setText(getTranslation(
                deadline.endOfDay() ? key + ".day" : key + ".time", when, remaining(this, getLocale(), deadline)));
    }

    /** The editor's line: by when the draft must be submitted. */
    public static DeadlineLine submission(Deadline deadline) {
        return new DeadlineLine("deadline-submission", "deadline.submitBy", deadline);
    }

    /** The report page's line: when its open task is due. */
    public static DeadlineLine task(Deadline deadline) {
        return new DeadlineLine("deadline-task", "deadline.task", deadline);
    }

    /** The deadline as a list's cell shows it: "2026年12月3日 17:00（剩 2 天）", or the day alone for the end of a day. */
    public static String describe(Component in, Locale locale, Deadline deadline) {
        return in.getTranslation(locale, "deadline.value", due(deadline, locale), remaining(in, locale, deadline));
    }

    /** The time left: 剩 N 天, 今天到期, 明天到期, 逾期 N 天. */
    public static String remaining(Component in, Locale locale, Deadline deadline) {
        return in.getTranslation(
                locale, "deadline.remaining." + deadline.remaining().name(), deadline.days());
    }

    private static String due(Deadline deadline, Locale locale) {
        return deadline.endOfDay()
                ? Times.date(deadline.lastDay(), locale)
                : Times.dateTime(deadline.due(), locale, deadline.zone());
    }
}
