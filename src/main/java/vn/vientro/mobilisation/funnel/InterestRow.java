package vn.vientro.mobilisation.funnel;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An interest as lists and the board show it: the need, the organisation, where it stands since when. */
public record InterestRow(long id, long version, long needId, String needTitle, long organisationId,
                          String organisationName, InterestStage stage, LocalDate since, @Nullable String contactPerson,
                          @Nullable String cameFrom, @Nullable Long aidItemId) {
}
