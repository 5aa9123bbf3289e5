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
public class ExchangeRateForm {

    private @Nullable Long version;
    @NotBlank(message = "{reference.rate.currency.required}")
    private String currency = "";
    @NotNull(message = "{reference.rate.date.required}")
    private @Nullable LocalDate rateDate;
    @NotBlank(message = "{reference.rate.value.required}")
    private String vndPerUnit = "";
    @NotBlank(message = "{reference.rate.source.required}")
    @Size(max = ExchangeRateDetails.MAX_SOURCE_LENGTH, message = "{validation.tooLong}")
    private String source = "";

    static ExchangeRateForm of(ExchangeRate rate) {
        ExchangeRateForm form = new ExchangeRateForm();
        form.fill(rate);
        return form;
    }

    /** Shows the stored rate, as when the form opens. */
    void fill(ExchangeRate rate) {
        version = rate.version();
        currency = rate.currency();
        rateDate = rate.rateDate();
        vndPerUnit = DecimalText.amount(rate.vndPerUnit());
        source = rate.source();
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

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public @Nullable LocalDate getRateDate() { return rateDate; }
    public void setRateDate(@Nullable LocalDate rateDate) { this.rateDate = rateDate; }
    public String getVndPerUnit() { return vndPerUnit; }
    public void setVndPerUnit(String vndPerUnit) { this.vndPerUnit = vndPerUnit; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
