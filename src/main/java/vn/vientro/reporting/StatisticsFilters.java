package vn.vientro.reporting;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.registry.Registry;

/**
 * The one way from a period and a reader's filters to the aid statistics' filter: a donor country becomes the donors
 * the registry has in it, an organisation narrows them further, and the reader's scope (an officer's own agency,
 * {@link ReportingPolicy#statisticsScope()}) always applies, so no page, export or API answer shows more than its
 * reader may read.
 */
@Component
public class StatisticsFilters {

    private final ReportingPolicy policy;
    private final Registry registry;

    StatisticsFilters(ReportingPolicy policy, Registry registry) {
        this.policy = policy;
        this.registry = registry;
    }

    /** The reader's filter: what they chose, within what they may read. */
    public StatisticsFilter of(ReportingPeriod period, FigureChoice choice) {
        StatisticsFilter filter = unscoped(period, choice);
        return policy.statisticsScope().isPresent() ? filter.withAgency(policy.statisticsScope().getAsLong()) : filter;
    }

    /** The filter without the reader's scope: for the public portal's published figures and for system work. */
    public StatisticsFilter unscoped(ReportingPeriod period, FigureChoice choice) {
        return period.statistics().withPriorityField(choice.field()).withSector(choice.sector())
                .withCommune(choice.commune()).withKind(choice.kind()).withStatus(choice.status())
                .withDonors(donors(choice.country(), choice.organisation()));
    }

    private @Nullable Set<Long> donors(@Nullable String country, @Nullable Long organisation) {
        if (country == null) {
            return organisation == null ? null : Set.of(organisation);
        }
        Set<Long> inCountry = new HashSet<>(registry.idsInCountry(country));
        if (organisation != null) {
            inCountry.retainAll(Set.of(organisation));
        }
        return inCountry;
    }
}
