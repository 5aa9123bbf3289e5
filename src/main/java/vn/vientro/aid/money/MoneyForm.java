package vn.vientro.aid.money;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.item.AmountText;
import vn.vientro.shared.TextLength;

/** The money form as typed: amounts and the stated rate stay text until read, so a typo is shown back unchanged. */
public record MoneyForm(@Nullable Long version,
                        @Nullable MoneyKind kind,
                        Funding funding,
                        @Nullable LocalDate valueDate,
                        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String amount,
                        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String currency,
                        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String statedRate,
                        @Nullable LocalDate statedRateDate,
                        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String statedRateSource,
                        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String description,
                        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String reference,
                        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String closeReason) {

    public MoneyForm {
        funding = funding == null ? Funding.AID : funding;
        amount = text(amount);
        currency = text(currency);
        statedRate = text(statedRate);
        statedRateSource = text(statedRateSource);
        description = text(description);
        reference = text(reference);
        closeReason = text(closeReason);
    }

    static MoneyForm blank(@Nullable MoneyKind kind, LocalDate today, String currency) {
        return new MoneyForm(null, kind, Funding.AID, today, "", currency, "", null, "", "", "", "");
    }

    static MoneyForm of(MoneyTransaction t) {
        String rate = "";
        LocalDate rateDate = null;
        String rateSource = "";
        if (t.rateStated()) {
            rate = t.rateToVnd().toPlainString();
            rateDate = t.rateDate();
            int cut = t.rateSource().indexOf(MoneyConverter.USD_LEG);
            rateSource = cut < 0 ? t.rateSource() : t.rateSource().substring(0, cut);
        }
        return new MoneyForm(t.version(), t.kind(), t.funding(), t.valueDate(), t.amount().toPlainString(),
                t.currency(), rate, rateDate, rateSource, t.description(), t.reference(), "");
    }

    MoneyForm withVersion(long stored) {
        return new MoneyForm(stored, kind, funding, valueDate, amount, currency, statedRate, statedRateDate,
                statedRateSource, description, reference, closeReason);
    }

    /** The reason for changing money dated in a closed reporting period, or null when none was given. */
    @Nullable String reason() {
        return closeReason.isBlank() ? null : closeReason;
    }

    TransactionInput toInput() {
        return new TransactionFields(kind, funding, valueDate, AmountText.parse(amount, "amount"), currency,
                AmountText.parse(statedRate, "statedRate"), statedRateDate, statedRateSource, description, reference)
                .toInput();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
