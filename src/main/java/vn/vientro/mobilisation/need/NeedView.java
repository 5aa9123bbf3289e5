package vn.vientro.mobilisation.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;
import vn.vientro.mobilisation.NeedStatus;

/** A need as its page and the API show it, with how complete its English texts are. */
@SuppressWarnings("checkstyle:ParameterNumber")
public record NeedView(long id, long version, long agencyId, NeedStatus status, String titleVi, @Nullable String titleEn, String summaryVi,
                       @Nullable String summaryEn, String objectivesVi, @Nullable String objectivesEn,
                       String priorityField, List<String> sectors, List<String> communes,
                       Beneficiaries beneficiaries, BigDecimal estimatedCost, @Nullable BigDecimal foreignAmount,
                       @Nullable String foreignCurrency, BigDecimal counterpart, int durationMonths,
                       String contactName, @Nullable String contactPhone, @Nullable String contactEmail,
                       @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
                       @Nullable Long decisionFileId, @Nullable Long aidItemId, String proposedBy, Instant createdAt,
                       Translations translations) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleVi;
    }

    NeedFacts facts() {
        return new NeedFacts(id, version, agencyId, status);
    }

    /** The need as its editor fills the form. */
    NeedInput input() {
        return new NeedInput(version, titleVi, titleEn, summaryVi, summaryEn, objectivesVi, objectivesEn,
                priorityField, sectors, communes, beneficiaries.total(), beneficiaries.poorHouseholds(),
                beneficiaries.children(), beneficiaries.peopleWithDisabilities(), beneficiaries.ethnicMinorities(),
                beneficiaries.women(), estimatedCost, foreignAmount, foreignCurrency, counterpart, durationMonths,
                contactName, contactPhone, contactEmail);
    }

    /** The amounts as money, so pages print them as every amount: VND without decimals, a foreign one with its own. */
    public Money estimatedCostVnd() {
        return Money.of(estimatedCost, "VND");
    }

    public Money counterpartVnd() {
        return Money.of(counterpart, "VND");
    }

    public @Nullable Money foreignMoney() {
        return foreignAmount == null || foreignCurrency == null ? null : Money.of(foreignAmount, foreignCurrency);
    }
}
