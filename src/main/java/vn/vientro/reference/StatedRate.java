package vn.vientro.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.vientro.shared.InvalidInputException;

/**
 * A rate someone states instead of the table's, such as the bank's rate on a transfer advice.
 *
 * @param targetPerUnit units of the target currency per one unit of the source currency
 */
public record StatedRate(BigDecimal targetPerUnit, LocalDate rateDate, String source) {

    public StatedRate {
        Objects.requireNonNull(targetPerUnit, "targetPerUnit");
        Objects.requireNonNull(rateDate, "rateDate");
        source = Objects.requireNonNull(source, "source").strip();
        if (targetPerUnit.signum() <= 0) {
            throw new InvalidInputException("rateUsed", "reference.rate.value.positive");
        }
        if (source.isEmpty()) {
            throw new InvalidInputException("source", "reference.rate.source.required");
        }
    }
}
