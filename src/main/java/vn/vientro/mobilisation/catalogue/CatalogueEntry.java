package vn.vientro.mobilisation.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.mobilisation.need.NeedView;
import vn.vientro.shared.Money;

/**
 * A need as a version of the catalogue approved it: the words, places, amounts and proposer of that day, so the
 * version reads the same after the need is withdrawn, funded or changed.
 */
@Table(schema = "mobilisation", name = "catalogue_entry")
@SuppressWarnings("checkstyle:ParameterNumber")
public record CatalogueEntry(@Column("need") long needId, EntryStanding standing, long agencyId, String titleVi,
                             @Nullable String titleEn, String summaryVi, @Nullable String summaryEn,
                             String objectivesVi, @Nullable String objectivesEn, String priorityField,
                             List<String> sectors, List<String> communes, @Nullable Integer beneficiariesTotal,
                             @Column("cost_amount") BigDecimal cost, @Nullable BigDecimal foreignAmount,
                             @Nullable String foreignCurrency, @Column("counterpart_amount") BigDecimal counterpart,
                             int durationMonths, String contactName, @Nullable String contactPhone,
                             @Nullable String contactEmail) {

    static CatalogueEntry of(NeedView need, EntryStanding standing) {
        return new CatalogueEntry(need.id(), standing, need.agencyId(), need.titleVi(), need.titleEn(),
                need.summaryVi(), need.summaryEn(), need.objectivesVi(), need.objectivesEn(), need.priorityField(),
                need.sectors(), need.communes(), need.beneficiaries().total(), need.estimatedCost(),
                need.foreignAmount(), need.foreignCurrency(), need.counterpart(), need.durationMonths(),
                need.contactName(), need.contactPhone(), need.contactEmail());
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleVi;
    }

    public String objectives(Locale locale) {
        return "en".equals(locale.getLanguage()) && objectivesEn != null ? objectivesEn : objectivesVi;
    }

    public Money costVnd() {
        return Money.of(cost, "VND");
    }

    public Money counterpartVnd() {
        return Money.of(counterpart, "VND");
    }

    public @Nullable Money foreignMoney() {
        return foreignAmount == null || foreignCurrency == null ? null
                : Money.of(foreignAmount, foreignCurrency.strip());
    }

    /** How many people it serves, as a number documents print grouped in their language. */
    public @Nullable BigDecimal people() {
        return beneficiariesTotal == null ? null : BigDecimal.valueOf(beneficiariesTotal);
    }

    public boolean listed() {
        return standing == EntryStanding.LISTED;
    }
}
