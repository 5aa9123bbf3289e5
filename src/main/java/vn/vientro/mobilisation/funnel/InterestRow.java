package vn.vientro.mobilisation.funnel;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An interest as lists and the board show it: the need, the organisation (or the enquirer not in the registry who
 * sent it from the portal), where it stands since when, and who brought it into the funnel.
 */
public record InterestRow(long id, long version, long needId, String needTitle, @Nullable Long organisationId,
                          String organisationName, InterestStage stage, LocalDate since, @Nullable String contactPerson,
                          @Nullable String cameFrom, @Nullable Long aidItemId, InterestSource source,
                          @Nullable Enquirer enquirer) {

    /** Sent from the portal by an organisation the registry does not know (yet). */
    public boolean unregistered() {
        return organisationId == null;
    }
}
