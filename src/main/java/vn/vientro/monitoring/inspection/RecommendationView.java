package vn.vientro.monitoring.inspection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A recommendation with its follow-up; overdue when still open past its deadline. */
public record RecommendationView(long id, long version, long findingId, String text, long ownerAgencyId,
                                 String ownerAgencyName, LocalDate deadline, String status,
                                 @Nullable LocalDate doneOn, @Nullable String followUp, boolean overdue) {
}
