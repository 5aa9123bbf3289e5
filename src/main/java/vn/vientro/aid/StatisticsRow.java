package vn.vientro.aid;

import java.math.BigDecimal;
import java.util.List;

/**
 * One group of aid statistics: its keys in the order of the dimensions asked for, and its measures. Money is the aid's
 * own (funding AID) unless named counterpart; VND and USD are each transaction's equivalents at its own date-effective
 * rate, summed; a split part is rounded to the đồng (the cent) only here.
 *
 * @param items the approved items with money in the group
 */
public record StatisticsRow(List<String> keys, long items, BigDecimal committedVnd, BigDecimal committedUsd,
                            BigDecimal disbursedVnd, BigDecimal disbursedUsd, BigDecimal spentVnd,
                            BigDecimal spentUsd, BigDecimal counterpartVnd, BigDecimal counterpartUsd) {

    public StatisticsRow {
        keys = List.copyOf(keys);
    }

    public String key(int index) {
        return keys.get(index);
    }

    /** The measures in their order: committed, disbursed, spent and counterpart, each in VND then USD. */
    BigDecimal money(int measure) {
        return switch (measure) {
            case 0 -> committedVnd;
            case 1 -> committedUsd;
            case 2 -> disbursedVnd;
            case 3 -> disbursedUsd;
            case 4 -> spentVnd;
            case 5 -> spentUsd;
            case 6 -> counterpartVnd;
            case 7 -> counterpartUsd;
            default -> throw new IllegalArgumentException("no measure " + measure);
        };
    }

    /** Disbursed as a share of committed, in per cent with one decimal; zero when nothing is committed. */
    public BigDecimal disbursementRate() {
        if (committedVnd.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return disbursedVnd.multiply(BigDecimal.valueOf(100)).divide(committedVnd, 1, java.math.RoundingMode.HALF_UP);
    }
}
