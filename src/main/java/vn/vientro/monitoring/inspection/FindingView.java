package vn.vientro.monitoring.inspection;

import java.time.Instant;
import java.util.List;

/** A finding as its readers see it: what was found, the evidence, the recommendations made on it. */
public record FindingView(long id, FindingCategory category, FindingSeverity severity, String description,
                          String recordedBy, Instant recordedAt, List<Evidence> evidence,
                          List<RecommendationView> recommendations) {

    FindingView with(List<RecommendationView> made) {
        return new FindingView(id, category, severity, description, recordedBy, recordedAt, evidence, made);
    }
}
