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
import vn.vientro.platform.DemoFile;
import vn.vientro.reference.ExchangeRateDetails;

/**
 * Demo profile only: monthly rates of eight currencies over 2024–2026 ({@code demo/reference/exchange-rates.yml}),
 * marked as demo data: invented, never official. Inserts only missing rows, so a restart neither duplicates them nor
 * overwrites a rate an administrator entered.
 */
@Component
@Profile("demo")
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20)
class DemoExchangeRates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoExchangeRates.class);

    /** The series as {@code demo/reference/exchange-rates.yml} gives them. */
    record Rates(String source, String firstMonth, int months, List<Integer> wobble, List<Series> series) {
    }

    /** Currency, VND per unit in the first and in the last month, decimals kept. */
    record Series(String currency, String first, String last, int scale) {
    }

    private final RateBatches batches;
    private final TransactionTemplate transaction;

    DemoExchangeRates(RateBatches batches, TransactionTemplate transaction) {
        this.batches = batches;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The actor is bound when the connection is taken, so it is set outside the transaction.
        Integer added = Actor.runAs("system:demo", () -> transaction.execute(status -> batches.insertMissing(rows(), true)));
        log.info("Demo exchange rates ready ({} added; demo data, not official rates)", added);
    }

    static List<ExchangeRateDetails> rows() {
        Rates rates = DemoFile.read("demo/reference/exchange-rates.yml", Rates.class);
        LocalDate first = LocalDate.parse(rates.firstMonth());
        List<ExchangeRateDetails> rows = new ArrayList<>();
        for (Series series : rates.series()) {
            BigDecimal from = new BigDecimal(series.first());
            BigDecimal step = new BigDecimal(series.last()).subtract(from)
                    .divide(BigDecimal.valueOf(rates.months() - 1L), 10, RoundingMode.HALF_EVEN);
            for (int month = 0; month < rates.months(); month++) {
                BigDecimal trend = from.add(step.multiply(BigDecimal.valueOf(month)));
                int wobble = rates.wobble().get(month % rates.wobble().size());
                BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(wobble, 3));
                rows.add(new ExchangeRateDetails(series.currency(), first.plusMonths(month),
                        trend.multiply(factor).setScale(series.scale(), RoundingMode.HALF_EVEN), rates.source()));
            }
        }
        return rows;
    }
}
