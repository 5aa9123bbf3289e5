package vn.vientro.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.registry.Registry;

/**
 * The one way reporting turns donors into their countries, beside {@link StatisticsFilters} (which turns a country
 * into its donors): the aid statistics group by donor, the dashboard's country chart and the pivot's country
 * dimension regroup those rows by the donor's country here. An item has one donor, so the items of two donors are
 * two sets of items and their counts add up; a donor without a country (or unknown) falls under the empty key.
 */
@Component
public class DonorCountries {

    private final Registry registry;

    DonorCountries(Registry registry) {
        this.registry = registry;
    }

    /**
     * Every donor's country by the donor's id as the statistics key it ({@code "42"}), from the registry's ids and
     * countries alone (one read of two columns, not every organisation's view).
     */
    public Map<String, String> all() {
        return keyed(registry.countryCodes());
    }

    /** Countries by organisation id ({@link Registry#countryCodes()}), keyed as the statistics key donors. */
    private static Map<String, String> keyed(Map<Long, String> countryCodes) {
        Map<String, String> countries = new HashMap<>();
        countryCodes.forEach((id, country) -> countries.put(Long.toString(id), country));
        return countries;
    }

    /**
     * The rows with the donor keys at these positions replaced by the donors' countries, rows that then share their
     * keys merged (first appearance first, their money and items added).
     */
    public static List<StatisticsRow> regrouped(List<StatisticsRow> rows, Set<Integer> donorPositions,
                                                Map<String, String> countries) {
        Map<List<String>, StatisticsRow> merged = new LinkedHashMap<>();
        for (StatisticsRow row : rows) {
            List<String> keys = new ArrayList<>(row.keys());
            for (int position : donorPositions) {
                keys.set(position, countries.getOrDefault(keys.get(position), ""));
            }
            merged.merge(keys, withKeys(row, keys), DonorCountries::plus);
        }
        return List.copyOf(merged.values());
    }

    private static StatisticsRow withKeys(StatisticsRow row, List<String> keys) {
        return new StatisticsRow(keys, row.items(), row.committedVnd(), row.committedUsd(), row.disbursedVnd(),
                row.disbursedUsd(), row.spentVnd(), row.spentUsd(), row.counterpartVnd(), row.counterpartUsd());
    }

    private static StatisticsRow plus(StatisticsRow a, StatisticsRow b) {
        return new StatisticsRow(a.keys(), a.items() + b.items(), a.committedVnd().add(b.committedVnd()),
                a.committedUsd().add(b.committedUsd()), a.disbursedVnd().add(b.disbursedVnd()),
                a.disbursedUsd().add(b.disbursedUsd()), a.spentVnd().add(b.spentVnd()),
                a.spentUsd().add(b.spentUsd()), a.counterpartVnd().add(b.counterpartVnd()),
                a.counterpartUsd().add(b.counterpartUsd()));
    }
}
