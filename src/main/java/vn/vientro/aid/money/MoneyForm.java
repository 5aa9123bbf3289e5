package vn.vientro.aid.money;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vientro.aid.item.AmountText;

/** The money form as typed: amounts and the stated rate stay text until read, so a typo is shown back unchanged. */
public class MoneyForm {

    private @Nullable Long version;
    private @Nullable MoneyKind kind;
    private Funding funding = Funding.AID;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate valueDate;
    private String amount = "";
    private String currency = "";
    private String statedRate = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate statedRateDate;
    private String statedRateSource = "";
    private String description = "";
    private String reference = "";

    static MoneyForm blank(@Nullable MoneyKind kind, LocalDate today, String currency) {
        MoneyForm form = new MoneyForm();
        form.kind = kind;
        form.valueDate = today;
        form.currency = currency;
        return form;
    }

    static MoneyForm of(MoneyTransaction t) {
        MoneyForm form = new MoneyForm();
        form.version = t.version();
        form.kind = t.kind();
        form.funding = t.funding();
        form.valueDate = t.valueDate();
        form.amount = t.amount().toPlainString();
        form.currency = t.currency();
        if (t.rateStated()) {
            form.statedRate = t.rateToVnd().toPlainString();
            form.statedRateDate = t.rateDate();
            int cut = t.rateSource().indexOf(MoneyConverter.USD_LEG);
            form.statedRateSource = cut < 0 ? t.rateSource() : t.rateSource().substring(0, cut);
        }
        form.description = t.description() == null ? "" : t.description();
        form.reference = t.reference() == null ? "" : t.reference();
        return form;
    }

    TransactionInput toInput() {
        return new TransactionFields(kind, funding, valueDate, AmountText.parse(amount, "amount"), currency,
                AmountText.parse(statedRate, "statedRate"), statedRateDate, statedRateSource, description, reference)
                .toInput();
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public @Nullable MoneyKind getKind() { return kind; }
    public void setKind(@Nullable MoneyKind kind) { this.kind = kind; }
    public Funding getFunding() { return funding; }
    public void setFunding(@Nullable Funding funding) { this.funding = funding == null ? Funding.AID : funding; }
    public @Nullable LocalDate getValueDate() { return valueDate; }
    public void setValueDate(@Nullable LocalDate valueDate) { this.valueDate = valueDate; }
    public String getAmount() { return amount; }
    public void setAmount(@Nullable String amount) { this.amount = amount == null ? "" : amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(@Nullable String currency) { this.currency = currency == null ? "" : currency; }
    public String getStatedRate() { return statedRate; }
    public void setStatedRate(@Nullable String statedRate) { this.statedRate = statedRate == null ? "" : statedRate; }
    public @Nullable LocalDate getStatedRateDate() { return statedRateDate; }
    public void setStatedRateDate(@Nullable LocalDate statedRateDate) { this.statedRateDate = statedRateDate; }
    public String getStatedRateSource() { return statedRateSource; }
    public void setStatedRateSource(@Nullable String s) { this.statedRateSource = s == null ? "" : s; }
    public String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description == null ? "" : description; }
    public String getReference() { return reference; }
    public void setReference(@Nullable String reference) { this.reference = reference == null ? "" : reference; }
}
