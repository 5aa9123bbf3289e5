package vn.vientro.monitoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An inspection was concluded: from now on the agency that owns what was inspected reads its findings. */
public record InspectionConcluded(long inspectionId, String title, @Nullable Long ownerAgencyId, List<String> team,
                                  String actor) {
}
