package vn.vientro.aid;

import java.util.List;

/** Both ways {@link AidStatisticsQueries} computes figures, for tests that compare them. */
public final class StatisticsPaths {

    /** The rollups kept on write, by the name their rows carry. */
    public static final List<String> ROLLUPS = List.of("year", "year_month", "donor", "sector", "category", "commune",
            "category_donor", "commune_donor");

    private StatisticsPaths() {
    }

    /** The name of the rollup that answers, or null when the month sums do. */
    public static String rollup(StatisticsFilter filter, List<StatisticsDimension> dimensions) {
        AidStatisticsQueries.Rollup rollup = AidStatisticsQueries.rollup(filter, dimensions);
        return rollup == null ? null : rollup.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<StatisticsRow> fromRollup(AidStatisticsQueries statistics, StatisticsFilter filter,
                                                 List<StatisticsDimension> dimensions) {
        return statistics.fromRollup(AidStatisticsQueries.rollup(filter, dimensions), filter, dimensions);
    }

    public static List<RateUsed> ratesFromMonths(AidStatisticsQueries statistics, StatisticsFilter filter) {
        return statistics.ratesFromMonths(filter);
    }

    public static List<RateUsed> ratesFromTransactions(AidStatisticsQueries statistics, StatisticsFilter filter) {
        return statistics.ratesFromTransactions(filter);
    }

    public static List<StatisticsRow> fromMonthsThroughParts(AidStatisticsQueries statistics, StatisticsFilter filter,
                                                             List<StatisticsDimension> dimensions) {
        return statistics.fromMonthsThroughParts(filter, dimensions);
    }

    public static List<StatisticsRow> fromMonths(AidStatisticsQueries statistics, StatisticsFilter filter,
                                                 List<StatisticsDimension> dimensions) {
        return statistics.fromMonths(filter, dimensions);
    }
}
