package cn.fazhi.flow.campaign;

import cn.fazhi.flow.workflow.EngineClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Chinese working-day calendar: Monday to Friday, less the statutory holidays, plus the weekend days worked in
 * exchange (调休), read from {@code calendar/<year>.txt} on the classpath. The process diagrams use it as the bean
 * {@code workingDays} in their timer expressions; a year without a file counts weekdays only (and says so in the log).
 */
@Component(WorkingDays.BEAN)
public class WorkingDays {

    /** The bean name the diagrams use. */
    public static final String BEAN = "workingDays";

    /** Review period when a report's process carries none (a report opened outside a campaign). */
    public static final int DEFAULT_REVIEW_DAYS = 5;

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final ZoneId zone;
    /** Days that differ from the weekday rule: {@code true} a weekend day worked, {@code false} a weekday off. */
    private final Map<LocalDate, Boolean> exceptions;

    private final Set<Integer> years;
    private final Set<Integer> warned = Collections.synchronizedSet(new TreeSet<>());

    @Autowired
    WorkingDays(Clock clock) {
        this(clock.getZone());
    }

    /** The calendar of the files on the classpath, in the given time zone. */
    public WorkingDays(ZoneId zone) {
        this.zone = zone;
        this.exceptions = new HashMap<>();
        this.years = new TreeSet<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.txt")) {
                try (InputStream in = file.getInputStream()) {
                    read(in, file.getFilename());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The years a calendar file covers. */
    public Set<Integer> years() {
        return Collections.unmodifiableSet(years);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!years.contains(day.getYear()) && warned.add(day.getYear())) {
            log.warn(
                    "No working-day calendar for {}: counting Monday to Friday only; add calendar/{}.txt",
                    day.getYear(),
                    day.getYear());
        }
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day on which the {@code days}-th working day after {@code from} falls ({@code from} itself not counted). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The same time of day, {@code days} working days after {@code start}. */
    public Date after(Date start, int days) {
        ZonedDateTime at = start.toInstant().atZone(zone);
        LocalDate day = plusWorkingDays(at.toLocalDate(), days);
        return Date.from(at.with(day).toInstant());
    }

    /** Whether the engine's "now" falls on a working day (the engine clock, so that process tests can move it). */
    public boolean isWorkingDayNow() {
        return isWorkingDay(EngineClock.now().toInstant().atZone(zone).toLocalDate());
    }

    /**
     * Timer cycle of a review reminder: first when the task has been held for its review period in working days from
     * now (the task's start), then every day after; the diagram skips the days that are not working days.
     *
     * @param daysVariable the process variable holding the review period; {@link #DEFAULT_REVIEW_DAYS} without one
     */
    public String reviewReminderCycle(VariableScope scope, String daysVariable) {
        return "R/" + iso(reviewDue(scope, daysVariable)) + "/P1D";
    }

    /**
     * When a review task starting now (the engine's now) is due: its review period in working days later, at the same
     * time of day; the moment of its first reminder, and the due date the diagram gives the task.
     *
     * @param daysVariable the process variable holding the review period; {@link #DEFAULT_REVIEW_DAYS} without one
     */
    public Date reviewDue(VariableScope scope, String daysVariable) {
        Object value = scope.getVariable(daysVariable);
        int days = value instanceof Number n && n.intValue() > 0 ? n.intValue() : DEFAULT_REVIEW_DAYS;
        return after(EngineClock.now(), days);
    }

    private String iso(Date date) {
        return OffsetDateTime.ofInstant(date.toInstant(), zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private void read(InputStream in, String name) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\\s+", 3);
            if (fields.length < 2 || !(fields[0].equals("off") || fields[0].equals("work"))) {
                throw new IllegalStateException("calendar/" + name + " line " + number + ": " + line);
            }
            boolean working = fields[0].equals("work");
            String[] range = fields[1].split("\\.\\.");
            LocalDate from = LocalDate.parse(range[0]);
            LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                exceptions.put(day, working);
                years.add(day.getYear());
            }
        }
    }
}
