package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A transaction's VND and USD equivalents with the rates applied, their date and source, as stored beside it. */
record Equivalents(BigDecimal amountVnd, BigDecimal amountUsd, BigDecimal rateToVnd, BigDecimal rateToUsd,
                   LocalDate rateDate, String source, boolean stated, boolean demo) {
}
