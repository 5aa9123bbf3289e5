package vn.vientro.reporting.map;

import java.math.BigDecimal;
import vn.vientro.shared.Money;

/**
 * One line of the map's legend: a colour class and the values it covers.
 *
 * @param above the values are above this (zero for the first class with aid)
 * @param upTo  and at most this
 */
public record LegendEntry(int shade, String colour, BigDecimal above, BigDecimal upTo) {

    public Money aboveVnd() {
        return new Money(above, Money.VND);
    }

    public Money upToVnd() {
        return new Money(upTo, Money.VND);
    }
}
