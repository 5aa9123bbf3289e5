package vn.vientro.reference;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.vientro.platform.Actor;
import vn.vientro.reference.rate.RateBatches;
import vn.vientro.testing.ApplicationUnderTest;

/**
 * Exchange rates for tests, put in the table as an import would. The table holds one rate per currency and day for
 * every test, so a builder only adds the rates that are missing, and a test that changes rates uses a currency of its
 * own.
 */
public final class Rates {

    public static final String SOURCE = "Tỷ giá thử nghiệm";

    private Rates() {
    }

    /**
     * The USD and EUR rates aid money is converted with: one on the first of every month of the last year and the
     * next month (26,000 and 30,000 đồng). Older dates are left to the tests of the rates themselves.
     */
    public static void forAidMoney() {
        YearMonth now = YearMonth.now(ApplicationUnderTest.bean(Clock.class));
        monthly("USD", now.minusMonths(12), now.plusMonths(1), "26000");
        monthly("EUR", now.minusMonths(12), now.plusMonths(1), "30000");
    }

    /** A rate on the first day of each month from {@code from} to {@code to}. */
    public static void monthly(String currency, YearMonth from, YearMonth to, String vndPerUnit) {
        insert(series(currency, from, to, vndPerUnit, SOURCE), false);
    }

    /** Rates marked as the demo's invented figures, as the demo profile loads them. */
    public static void demo(String currency, YearMonth from, YearMonth to, String vndPerUnit) {
        insert(series(currency, from, to, vndPerUnit, "Dữ liệu minh họa — không phải tỷ giá chính thức"), true);
    }

    private static List<ExchangeRateDetails> series(String currency, YearMonth from, YearMonth to, String vndPerUnit,
                                                    String source) {
        List<ExchangeRateDetails> rows = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            rows.add(new ExchangeRateDetails(currency, month.atDay(1), new BigDecimal(vndPerUnit), source));
        }
        return rows;
    }

    private static void insert(List<ExchangeRateDetails> rows, boolean demo) {
        RateBatches batches = ApplicationUnderTest.bean(RateBatches.class);
        Actor.runAs("system:test", () -> batches.insertMissing(rows, demo));
    }
}
