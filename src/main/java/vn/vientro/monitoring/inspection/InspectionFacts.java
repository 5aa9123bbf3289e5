package vn.vientro.monitoring.inspection;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the permission rules ask of an inspection: its state, the owner agency inspected, its team's users. */
public record InspectionFacts(long id, InspectionStatus status, @Nullable Long ownerAgencyId,
                              Set<String> teamUsernames) {

    public boolean concluded() {
        return status == InspectionStatus.CONCLUDED;
    }
}
