package vn.vientro.monitoring.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One all-day event of a feed: a deadline on a day, or the days of an inspection.
 *
 * @param uid     stable across feeds and days, so a calendar updates the event instead of adding another
 * @param lastDay the day it ends, included; {@code day} for a deadline
 * @param link    the page it concerns, relative to the application
 */
record CalendarEvent(String uid, LocalDate day, LocalDate lastDay, String summary, @Nullable String description,
                     @Nullable String link) {

    CalendarEvent {
        if (lastDay.isBefore(day)) {
            lastDay = day;
        }
    }

    /** A deadline: one day. */
    CalendarEvent(String uid, LocalDate day, String summary, @Nullable String description, @Nullable String link) {
        this(uid, day, day, summary, description, link);
    }
}
