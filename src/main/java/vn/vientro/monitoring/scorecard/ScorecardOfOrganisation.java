package vn.vientro.monitoring.scorecard;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.registry.OrganisationRecords;

/**
 * An NGO's compliance scorecards on its registry page, a line a year: through the registry's extension for other
 * modules' records, so the registry knows nothing of scorecards.
 */
@Component
class ScorecardOfOrganisation implements OrganisationRecords {

    private final Scorecards scorecards;
    private final ScorecardEntries entries;
    private final MonitoringPolicy policy;

    ScorecardOfOrganisation(Scorecards scorecards, ScorecardEntries entries, MonitoringPolicy policy) {
        this.scorecards = scorecards;
        this.entries = entries;
        this.policy = policy;
    }

    @Override
    public String titleKey() {
        return "monitoring.scorecard.organisation.tab";
    }

    @Override
    public List<Entry> of(long organisationId) {
        if (!policy.readsNgoScorecards()) {
            return List.of();
        }
        return entries.of(scorecards.card(ScorecardKind.NGO.path(), organisationId)).stream()
                .map(line -> new Entry(line.year(), line.score(), line.reports(), line.composition(), line.href(),
                        line.flagged())).toList();
    }
}
