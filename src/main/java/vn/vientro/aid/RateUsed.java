package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The exchange rates statistics of a period rest on, per currency of the transactions: a report states them. Each
 * transaction was converted at its own date-effective rate when it was recorded (or at a rate its recorder stated).
 */
public record RateUsed(String currency, long transactions, LocalDate firstRateDate, LocalDate lastRateDate,
                       BigDecimal lowestToVnd, BigDecimal highestToVnd, BigDecimal lowestToUsd,
                       BigDecimal highestToUsd, long statedRates, List<String> sources) {

    public RateUsed {
        sources = List.copyOf(sources);
    }
}
