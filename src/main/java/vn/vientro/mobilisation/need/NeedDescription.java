package vn.vientro.mobilisation.need;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * What a need's proposer describes, stored in the need's own row: the bilingual texts, fields, places, people it
 * serves, its cost (VND) and the counterpart funds the proposer commits, and whom to contact.
 */
record NeedDescription(
        String titleVi, @Nullable String titleEn, String summaryVi, @Nullable String summaryEn, String objectivesVi,
        @Nullable String objectivesEn, String priorityField, List<String> sectors, List<String> communes,
        @Embedded.Empty Beneficiaries beneficiaries,
        @Column("estimated_cost_amount") BigDecimal estimatedCost,
        @Nullable BigDecimal foreignAmount, @Nullable String foreignCurrency,
        @Column("counterpart_amount") BigDecimal counterpart,
        int durationMonths, String contactName, @Nullable String contactPhone, @Nullable String contactEmail) {

    static NeedDescription of(NeedInput input) {
        return new NeedDescription(Objects.requireNonNull(input.titleVi()), input.titleEn(),
                Objects.requireNonNull(input.summaryVi()), input.summaryEn(),
                Objects.requireNonNull(input.objectivesVi()), input.objectivesEn(),
                Objects.requireNonNull(input.priorityField()), Objects.requireNonNull(input.sectors()),
                Objects.requireNonNull(input.communes()),
                new Beneficiaries(input.beneficiariesTotal(), input.poorHouseholds(), input.children(),
                        input.peopleWithDisabilities(), input.ethnicMinorities(), input.women()),
                Objects.requireNonNull(input.estimatedCost()), input.foreignAmount(), input.foreignCurrency(),
                input.counterpart() == null ? BigDecimal.ZERO : input.counterpart(),
                Objects.requireNonNull(input.durationMonths()), Objects.requireNonNull(input.contactName()),
                input.contactPhone(), input.contactEmail());
    }

    Translations translations() {
        return Translations.of(titleEn, summaryEn, objectivesEn);
    }
}
