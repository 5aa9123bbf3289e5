package vn.vientro.portal.transparency;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/**
 * A published aid item in one language, every code named: what its list, its page and the figures show. A part
 * whose group is not public is null or empty.
 *
 * @param value       the total value in its currency, if the value is public
 * @param valueVnd    its VND equivalent (the value committed), likewise
 * @param disbursed   the aid received by the owner, in VND and USD, if the money is public; null otherwise
 * @param approvedYear the year it was approved, for the filter and the figures by year
 */
public record AidCard(long id, String code, String name, @Nullable String donorName, @Nullable String donorCountry,
                      @Nullable String donorCountryCode, @Nullable String fieldCode, @Nullable String fieldName,
                      List<String> sectorCodes, List<String> sectorNames, List<String> communeCodes,
                      List<String> communeNames, @Nullable Money value, @Nullable BigDecimal valueVnd,
                      @Nullable BigDecimal valueUsd, @Nullable Disbursed disbursed, @Nullable Integer approvedYear,
                      String url) {

    /** Aid received, in VND and USD, and by the year of its value date. */
    public record Disbursed(BigDecimal vnd, BigDecimal usd, java.util.Map<Integer, BigDecimal[]> byYear) {
    }

    public @Nullable Money valueInVnd() {
        return valueVnd == null ? null : Money.of(valueVnd, "VND");
    }

    public @Nullable Money valueInUsd() {
        return valueUsd == null ? null : Money.of(valueUsd, "USD");
    }

    public @Nullable Money disbursedVnd() {
        return disbursed == null ? null : Money.of(disbursed.vnd(), "VND");
    }

    public @Nullable Money disbursedUsd() {
        return disbursed == null ? null : Money.of(disbursed.usd(), "USD");
    }
}
