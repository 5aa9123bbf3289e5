package vn.vientro.reporting.dashboard;

import java.util.List;
import java.util.Map;

/** The dashboard's figures and its charts' rows, in the order the page shows them. */
public record DashboardPage(DashboardFilter filter, StatisticsSummary summary,
                            Map<DashboardChart, List<ChartRow>> charts) {

    public List<ChartRow> chart(DashboardChart chart) {
        return charts.get(chart);
    }
}
