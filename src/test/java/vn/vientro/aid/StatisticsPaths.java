package vn.vientro.aid;

import java.util.List;

/** Both ways {@link AidStatisticsQueries} computes figures, for tests that compare them. */
public final class StatisticsPaths {

    private StatisticsPaths() {
    }

    public static boolean byYears(StatisticsFilter filter, List<StatisticsDimension> dimensions) {
        return AidStatisticsQueries.byYears(filter, dimensions);
    }

    public static List<StatisticsRow> fromYears(AidStatisticsQueries statistics, StatisticsFilter filter,
                                                List<StatisticsDimension> dimensions) {
        return statistics.fromYears(filter, dimensions);
    }

    public static boolean byDonorYears(StatisticsFilter filter, List<StatisticsDimension> dimensions) {
        return AidStatisticsQueries.byDonorYears(filter, dimensions);
    }

    public static List<StatisticsRow> fromDonorYears(AidStatisticsQueries statistics, StatisticsFilter filter,
                                                     List<StatisticsDimension> dimensions) {
        return statistics.fromDonorYears(filter, dimensions);
    }

    public static List<StatisticsRow> fromMonths(AidStatisticsQueries statistics, StatisticsFilter filter,
                                                 List<StatisticsDimension> dimensions) {
        return statistics.fromMonths(filter, dimensions);
    }
}
