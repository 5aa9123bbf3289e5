package vn.vientro.monitoring.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One all-day event of a feed: a deadline on a day.
 *
 * @param uid  stable across feeds and days, so a calendar updates the event instead of adding another
 * @param link the page it concerns, relative to the application
 */
record CalendarEvent(String uid, LocalDate day, String summary, @Nullable String description, @Nullable String link) {
}
