package vn.vientro.aid.money;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.reference.StatedRate;
import vn.vientro.shared.Money;
import vn.vientro.shared.TextLength;

/**
 * A transaction as someone records or corrects it.
 *
 * @param statedRate VND per one unit of the amount's currency, stated by the user (a bank advice, the donor's
 *                   agreement) instead of the rate table's; the USD equivalent then goes through the table's USD rate
 *                   on the stated rate's date
 */
public record TransactionInput(MoneyKind kind, Funding funding, LocalDate valueDate, Money amount,
                               @Nullable StatedRate statedRate, @Nullable String description,
                               @Nullable String reference) {

    public TransactionInput {
        description = blankToNull(description);
        reference = blankToNull(reference);
        TextLength.require("description", description, TextLength.TEXT);
        TextLength.require("reference", reference, TextLength.NAME);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
