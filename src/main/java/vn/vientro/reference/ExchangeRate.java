package vn.vientro.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One stored rate: how many VND one unit of {@code currency} is worth from {@code rateDate} on. */
public record ExchangeRate(long id, long version, String currency, LocalDate rateDate, BigDecimal vndPerUnit,
                           String source, boolean demo) {
}
