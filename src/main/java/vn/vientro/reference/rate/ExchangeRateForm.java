package vn.vientro.reference.rate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.reference.ExchangeRate;
import vn.vientro.reference.ExchangeRateDetails;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.InvalidInputException;

/** The rate form as typed; the rate stays text so "26.345,50" comes back exactly as typed when there are errors. */
public record ExchangeRateForm(
        @Nullable Long version,
        @NotBlank(message = "{reference.rate.currency.required}") String currency,
        @NotNull(message = "{reference.rate.date.required}") @Nullable LocalDate rateDate,
        @NotBlank(message = "{reference.rate.value.required}") String vndPerUnit,
        @NotBlank(message = "{reference.rate.source.required}")
        @Size(max = ExchangeRateDetails.MAX_SOURCE_LENGTH, message = "{validation.tooLong}") String source) {

    public ExchangeRateForm {
        currency = currency == null ? "" : currency;
        vndPerUnit = vndPerUnit == null ? "" : vndPerUnit;
        source = source == null ? "" : source;
    }

    static ExchangeRateForm blank() {
        return new ExchangeRateForm(null, "", null, "", "");
    }

    /** Shows the stored rate, as when the form opens. */
    static ExchangeRateForm of(ExchangeRate rate) {
        return new ExchangeRateForm(rate.version(), rate.currency(), rate.rateDate(),
                DecimalText.amount(rate.vndPerUnit()), rate.source());
    }

    ExchangeRateForm withVersion(@Nullable Long stored) {
        return new ExchangeRateForm(stored, currency, rateDate, vndPerUnit, source);
    }

    /** @throws BusinessRuleException at the field whose value breaks a rule */
    ExchangeRateDetails toDetails() {
        BigDecimal value;
        try {
            value = DecimalText.parse(vndPerUnit, true);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("vndPerUnit", "reference.rate.value.invalid");
        }
        return new ExchangeRateDetails(currency, java.util.Objects.requireNonNull(rateDate), value, source);
    }
}
