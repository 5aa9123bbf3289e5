package vn.vientro.aid;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting period the focal point closed (issue 18, point 5): money dated inside it changes only with a reason.
 *
 * @param code the reporting period as written in addresses ({@code 2026-H1})
 */
public record ClosedPeriod(long id, long version, String code, LocalDate firstDay, LocalDate lastDay,
                           String closedBy, Instant closedAt) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
