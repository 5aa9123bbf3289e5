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

/** The converter as typed: an amount in a currency on a date, to VND or USD. */
public class ConverterForm {

    @NotBlank(message = "{reference.converter.amount.required}")
    private String amount = "";
    @NotBlank(message = "{reference.rate.currency.required}")
    private String currency = "USD";
    @NotNull(message = "{reference.rate.date.required}")
    private @Nullable LocalDate date;
    private String target = "VND";

    /** @throws BusinessRuleException at the field that cannot be read */
    Money amount() {
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

    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public @Nullable LocalDate getDate() { return date; }
    public void setDate(@Nullable LocalDate date) { this.date = date; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
}
