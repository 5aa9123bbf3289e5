package vn.vientro.mobilisation.pledge;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/**
 * The money of a group of pledges (a year's, a need's), in VND: promised, committed by the approval of the items they
 * started, and disbursed to those items so far. A withdrawn pledge counts for nothing.
 *
 * @param label the year, or the need's title
 */
public record PledgedMoney(String label, @Nullable Long needId, Money pledged, Money committed, Money disbursed) {

    static PledgedMoney of(String label, @Nullable Long needId, BigDecimal pledged, BigDecimal committed,
                           BigDecimal disbursed) {
        return new PledgedMoney(label, needId, Money.of(pledged, "VND"), Money.of(committed, "VND"),
                Money.of(disbursed, "VND"));
    }

    /** Committed as a share of pledged, whole percent; zero when nothing is pledged. */
    public int committedPercent() {
        return pledged.amount().signum() == 0 ? 0 : committed.amount().multiply(BigDecimal.valueOf(100))
                .divide(pledged.amount(), 0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
