package vn.vientro.reporting.dashboard;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One bar of a dashboard chart and the row of the table beside it: its key (a year, a field's code, a country, an
 * organisation's id, a pipeline stage), its name in the reader's language, and where a click on it leads.
 *
 * @param items the approved items with money in the group (the pipeline: the needs or pledges at the stage)
 */
public record ChartRow(String key, String label, long items, BigDecimal committedVnd, BigDecimal committedUsd,
                       BigDecimal disbursedVnd, BigDecimal disbursedUsd, @Nullable String href) {
}
