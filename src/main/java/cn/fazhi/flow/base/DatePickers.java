package cn.fazhi.flow.base;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Every date picker of the application speaks the reader's language: month and weekday names, 今天 and 取消, the week
 * starting on Monday, and the date written as 2026年12月3日 (M/d/yyyy in English), while typing 2026-12-3 is understood
 * too. Each view passes its pickers through here once it has made them.
 */
public final class DatePickers {

    /** Besides the language's own format, what the picker understands when typed. */
    private static final String[] TYPED_FORMATS = {"yyyy-M-d", "yyyy/M/d"};

    private static final int MONDAY = 1;

    private DatePickers() {}

    /** The picker, in the language of its UI. */
    public static <P extends DatePicker> P localized(P picker) {
        picker.setI18n(i18n(picker.getLocale(), picker::getTranslation));
        return picker;
    }

    /** The date-time picker's calendar, in the language of its UI. */
    public static DateTimePicker localized(DateTimePicker picker) {
        picker.setDatePickerI18n(i18n(picker.getLocale(), picker::getTranslation));
        return picker;
    }

    /** A picker's texts in the language (Chinese unless English is asked for), with {@code translate} for ours. */
    public static DatePicker.DatePickerI18n i18n(Locale locale, UnaryOperator<String> translate) {
        Locale language = Messages.supported(locale);
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL, language))
                .toList();
        // The picker's week lists start on Sunday, whichever day it shows first.
        List<DayOfWeek> week = Stream.concat(
                        Stream.of(DayOfWeek.SUNDAY),
                        Stream.of(DayOfWeek.values()).limit(6))
                .toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(week.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, language))
                        .toList())
                .setWeekdaysShort(week.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, language))
                        .toList())
                .setFirstDayOfWeek(MONDAY)
                .setToday(translate.apply("picker.today"))
                .setCancel(translate.apply("picker.cancel"))
                .setBadInputErrorMessage(translate.apply("picker.badInput"))
                .setDateFormats(translate.apply("picker.dateFormat"), TYPED_FORMATS);
    }
}
