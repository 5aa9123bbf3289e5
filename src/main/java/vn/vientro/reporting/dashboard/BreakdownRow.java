package vn.vientro.reporting.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * One group of a statistics breakdown over the API: its keys in the order of the dimensions asked for, their names in
 * the reader's language (the key itself where it has no name), and the measures of {@code aid.StatisticsRow}.
 */
public record BreakdownRow(List<String> keys, List<String> names, long items, BigDecimal committedVnd,
                           BigDecimal committedUsd, BigDecimal disbursedVnd, BigDecimal disbursedUsd,
                           BigDecimal spentVnd, BigDecimal spentUsd, BigDecimal counterpartVnd,
                           BigDecimal counterpartUsd, BigDecimal disbursementRate) {
}
