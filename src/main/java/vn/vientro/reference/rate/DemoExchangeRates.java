package vn.vientro.reference.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.platform.Actor;
import vn.vientro.reference.ExchangeRateDetails;

/**
 * Demo profile only: monthly rates of eight currencies over 2024–2026, marked as demo data. The figures follow the
 * rough level of those years but are invented, never official. Inserts only missing rows, so a restart neither
 * duplicates them nor overwrites a rate an administrator entered.
 */
@Component
@Profile("demo")
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20)
class DemoExchangeRates implements ApplicationRunner {

    static final String SOURCE = "Dữ liệu minh họa — không phải tỷ giá chính thức";
    private static final Logger log = LoggerFactory.getLogger(DemoExchangeRates.class);
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int MONTHS = 36;
    /** A fixed monthly wobble in per mille, so the series are not straight lines (no randomness: same data each run). */
    private static final int[] WOBBLE = {0, 4, -3, 6, -2, 5, -5, 3, -1, 7, -4, 2};

    /** Currency, VND per unit in January 2024 and in December 2026, decimals kept. */
    private record Series(String currency, String first, String last, int scale) {
    }

    private static final List<Series> SERIES = List.of(
            new Series("USD", "24300", "26450", 2),
            new Series("EUR", "26500", "30600", 2),
            new Series("JPY", "168.5", "171.2", 4),
            new Series("KRW", "18.45", "18.10", 4),
            new Series("AUD", "16250", "17150", 2),
            new Series("GBP", "30800", "35100", 2),
            new Series("CHF", "28400", "33000", 2),
            new Series("CNY", "3390", "3680", 2));

    private final RateStore store;
    private final TransactionTemplate transaction;

    DemoExchangeRates(RateStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The actor is bound when the connection is taken, so it is set outside the transaction.
        Integer added = Actor.runAs("system:demo", () -> transaction.execute(status -> store.insertMissing(rows(), true)));
        log.info("Demo exchange rates ready ({} added; demo data, not official rates)", added);
    }

    static List<ExchangeRateDetails> rows() {
        List<ExchangeRateDetails> rows = new ArrayList<>();
        for (Series series : SERIES) {
            BigDecimal first = new BigDecimal(series.first());
            BigDecimal step = new BigDecimal(series.last()).subtract(first)
                    .divide(BigDecimal.valueOf(MONTHS - 1), 10, RoundingMode.HALF_EVEN);
            for (int month = 0; month < MONTHS; month++) {
                BigDecimal trend = first.add(step.multiply(BigDecimal.valueOf(month)));
                BigDecimal wobble = BigDecimal.ONE.add(BigDecimal.valueOf(WOBBLE[month % WOBBLE.length], 3));
                rows.add(new ExchangeRateDetails(series.currency(), FIRST.plusMonths(month),
                        trend.multiply(wobble).setScale(series.scale(), RoundingMode.HALF_EVEN), SOURCE));
            }
        }
        return rows;
    }
}
