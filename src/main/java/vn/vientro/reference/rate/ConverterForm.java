package vn.vientro.reference.rate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.reference.ExchangeRateDetails;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.Money;

/** The converter as typed: an amount in a currency on a date, to VND or USD (the defaults of a parameter left out). */
public record ConverterForm(@NotBlank(message = "{reference.converter.amount.required}") String amount,
                            @NotBlank(message = "{reference.rate.currency.required}") String currency,
                            @NotNull(message = "{reference.rate.date.required}") @Nullable LocalDate date,
                            String target) {

    public ConverterForm {
        amount = amount == null ? "" : amount;
        currency = currency == null ? "USD" : currency;
        target = target == null ? "VND" : target;
    }

    static ConverterForm blank() {
        return new ConverterForm("", "USD", null, "VND");
    }

    /** @throws BusinessRuleException at the field that cannot be read */
    Money money() {
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (!ExchangeRateDetails.isIsoCurrency(code)) {
            throw new InvalidInputException("currency", "reference.rate.currency.invalid", currency);
        }
        try {
            BigDecimal value = DecimalText.parse(amount, true);
            return new Money(value, Currency.getInstance(code));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "reference.converter.amount.invalid");
        }
    }

    Currency targetCurrency() {
        return "USD".equals(target) ? Money.USD : Money.VND;
    }
}
