package vn.vientro.aid;

import java.math.BigDecimal;

/** The aid money an item's owner received (disbursements) and spent (expenditures) in a period, in VND. */
public record PeriodMoney(BigDecimal receivedVnd, BigDecimal spentVnd) {
}
