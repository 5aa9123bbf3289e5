package vn.vientro.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.vientro.shared.Money;

/**
 * The result of converting an amount, with the rate that was applied and where it came from.
 *
 * @param result   the converted amount, rounded half-even to the target currency's minor units
 * @param rateUsed units of the target currency per one unit of the source currency; {@code result} is
 *                 {@code amount × rateUsed} rounded once
 * @param rateDate the date of the rate applied; for a cross rate through VND the older of the two legs
 * @param source   where the rate came from; for a cross rate both legs, each with its currency and date
 * @param demoRate whether any rate applied is illustrative demo data rather than an official figure
 */
public record Conversion(Money result, BigDecimal rateUsed, LocalDate rateDate, String source, boolean demoRate) {
}
