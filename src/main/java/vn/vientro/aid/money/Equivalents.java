package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Column;

/** A transaction's VND and USD equivalents with the rates applied, their date and source, as stored beside it. */
record Equivalents(BigDecimal amountVnd, BigDecimal amountUsd, BigDecimal rateToVnd, BigDecimal rateToUsd,
                   LocalDate rateDate, @Column("rate_source") String source, @Column("rate_stated") boolean stated,
                   @Column("demo_rate") boolean demo) {
}
