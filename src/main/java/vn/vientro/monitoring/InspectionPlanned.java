package vn.vientro.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An inspection was put in the year's plan: its team (usernames of the staff on it), the agency that owns what is
 * inspected, and whether it is announced to that agency beforehand (an ad hoc inspection is not).
 */
public record InspectionPlanned(long inspectionId, String title, @Nullable Long ownerAgencyId, boolean announced,
                                LocalDate startsOn, LocalDate endsOn, List<String> team, String actor) {
}
