package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.shared.Money;

/** One line of the aid list. */
public record AidItemRow(long id, String code, String nameVi, @Nullable String nameEn, AidKind kind, AidStatus status,
                         long donorId, String donorName, boolean donorWithoutPermit, long ownerAgencyId,
                         String ownerAgencyName, BigDecimal totalAmount, String totalCurrency,
                         @Nullable BigDecimal totalVnd, @Nullable LocalDate approvedOn, @Nullable LocalDate stageDueOn,
                         boolean overdue) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    public Money totalValue() {
        return Money.of(totalAmount, totalCurrency);
    }

    /** The VND equivalent when the value is in another currency. */
    public @Nullable Money vndEquivalent() {
        return totalVnd == null || "VND".equals(totalCurrency) ? null : Money.of(totalVnd, "VND");
    }

    /** What {@link #stageDueOn()} is the deadline of. */
    public @Nullable StageDuty stageDuty() {
        return StageDuty.of(status, kind);
    }
}
