package vn.vientro.monitoring.scorecard;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.identity.AgencyRecords;
import vn.vientro.monitoring.MonitoringPolicy;

/**
 * An aid owner's compliance scorecards on the agency's page, a line a year: through the identity module's extension
 * for other modules' records, so the identity module knows nothing of scorecards.
 */
@Component
class ScorecardOfAgency implements AgencyRecords {

    private final Scorecards scorecards;
    private final ScorecardEntries entries;
    private final MonitoringPolicy policy;

    ScorecardOfAgency(Scorecards scorecards, ScorecardEntries entries, MonitoringPolicy policy) {
        this.scorecards = scorecards;
        this.entries = entries;
        this.policy = policy;
    }

    @Override
    public String titleKey() {
        return "monitoring.scorecard.agency.section";
    }

    @Override
    public List<Entry> of(long agencyId) {
        if (!policy.readsOwnerScorecard(agencyId)) {
            return List.of();
        }
        return entries.of(scorecards.card(ScorecardKind.OWNER.path(), agencyId)).stream()
                .map(line -> new Entry(line.year(), line.score(), line.reports(), line.composition(), line.href(),
                        line.flagged())).toList();
    }
}
