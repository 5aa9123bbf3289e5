package vn.vientro.aid.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.shared.DecimalText;

/**
 * What both drafts print of an item, as their templates ({@code templates/aid/appraisal/documents/}) read it. The
 * drafts are in Vietnamese, the language of administrative documents, whoever downloads them.
 */
final class DraftModel {

    static final Locale VI = Locale.forLanguageTag("vi");

    private DraftModel() {
    }

    /**
     * @param dated the day of the dateline: the document's own once recorded, else today
     * @param paper the document itself once recorded, numbered with {@code symbol}: else its number is left blank
     */
    static Map<String, Object> of(AppraisalRules.Drafts drafts, AidItemView view, LocalDate dated,
                                  DraftFacts.@Nullable Paper paper, String symbol) {
        AidItemRecord item = view.item();
        Map<String, Object> model = new HashMap<>();
        model.put("place", drafts.place());
        model.put("date", DocumentDate.of(dated));
        model.put("number", number(paper, symbol));
        model.put("view", view);
        model.put("item", item);
        model.put("original", item.fields().nameOriginal() != null ? item.fields().nameOriginal() : item.nameEn());
        model.put("locations", view.locations().stream().map(AidItemView.Location::name).toList());
        model.put("beneficiaries", item.fields().beneficiariesTotal() == null ? null
                : BigDecimal.valueOf(item.fields().beneficiariesTotal()));
        model.put("total", Amount.of(item.totalAmount(), item.totalCurrency()));
        model.put("totalVnd", item.totalVnd() == null || "VND".equals(item.totalCurrency()) ? null
                : Amount.of(item.totalVnd(), "VND"));
        model.put("counterpart", item.fields().counterpartAmount() == null || item.fields().counterpartCurrency() == null ? null
                : Amount.of(item.fields().counterpartAmount(), item.fields().counterpartCurrency()));
        return model;
    }

    /** "125/BC-STC" once recorded, the dotted blank "…/BC-STC" until then. */
    static String number(DraftFacts.@Nullable Paper paper, String symbol) {
        return paper == null ? "\u2026/" + symbol : paper.cited(symbol);
    }

    /**
     * An amount as the drafts print it, with Vietnamese separators: a whole amount without decimals ("500.000 USD"),
     * another with its currency's minor units ("1.234,50 EUR"), dong never with any ("35.000.001 đồng").
     */
    record Amount(String figure, String currency) {

        static Amount of(BigDecimal amount, String currency) {
            BigDecimal plain = DecimalText.stripped(amount);
            int minorUnits = "VND".equals(currency) ? 0 : Currency.getInstance(currency).getDefaultFractionDigits();
            int decimals = plain.scale() <= 0 ? 0 : Math.max(minorUnits, 0);
            return new Amount(DecimalText.decimal(plain.setScale(decimals, RoundingMode.HALF_UP)), currency);
        }

        /** Documents name the Vietnamese currency in words ("12.900.000.000 đồng"). */
        public boolean dong() {
            return "VND".equals(currency);
        }
    }

    /**
     * The figures of a dateline (Decree 30/2020, Appendix I): a leading zero for days below 10 and for January and
     * February only, "ngày 05 tháng 3 năm 2026".
     */
    record DocumentDate(String day, String month, int year) {

        static DocumentDate of(LocalDate date) {
            int month = date.getMonthValue();
            return new DocumentDate(String.format("%02d", date.getDayOfMonth()),
                    month <= 2 ? String.format("%02d", month) : String.valueOf(month), date.getYear());
        }
    }
}
