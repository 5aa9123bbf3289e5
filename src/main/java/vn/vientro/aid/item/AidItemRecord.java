package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.LegalBasis;
import vn.vientro.shared.Money;

/** An aid item's own fields as stored, for reading. */
@SuppressWarnings("checkstyle:ParameterNumber")
public record AidItemRecord(long id, long version, String code, AidKind kind, DeliveryForm deliveryForm,
                            AidStatus status, LegalBasis legalBasis, String nameVi, @Nullable String nameEn,
                            @Nullable String nameOriginal, @Nullable String iatiIdentifier,
                            @Nullable String objectivesVi, @Nullable String objectivesEn,
                            @Nullable String descriptionVi, @Nullable String descriptionEn,
                            @Nullable String priorityField, long donorId, @Nullable Long implementerId,
                            long ownerAgencyId, long governingAgencyId, @Nullable LocalDate plannedStart,
                            @Nullable LocalDate plannedEnd, @Nullable LocalDate actualStart,
                            @Nullable LocalDate actualEnd, @Nullable LocalDate disasterOn, BigDecimal totalAmount,
                            String totalCurrency, @Nullable BigDecimal totalVnd, @Nullable BigDecimal totalUsd,
                            @Nullable BigDecimal counterpartAmount, @Nullable String counterpartCurrency,
                            @Nullable String counterpartSource, CounterpartFunds.@Nullable Form counterpartForm,
                            @Nullable String targetGroups, @Nullable Integer beneficiariesTotal,
                            @Nullable Integer beneficiariesWomen, @Nullable Integer beneficiariesDisabled,
                            @Nullable Integer beneficiariesEthnic, @Nullable Integer beneficiariesChildren,
                            List<String> publicGroups, @Nullable LocalDate submittedOn,
                            @Nullable LocalDate clockStartedOn, @Nullable LocalDate approvedOn, @Nullable LocalDate stageDueOn, String createdBy,
                            Instant createdAt, Instant updatedAt) {

    /** The description may be changed directly until the appraisal opens (later only by an amendment). */
    public boolean isEditable() {
        return status == AidStatus.DOSSIER_DRAFT || status == AidStatus.RETURNED || status == AidStatus.SUBMITTED;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    public Money totalValue() {
        return Money.of(totalAmount, totalCurrency);
    }

    public @Nullable Money vndEquivalent() {
        return totalVnd == null || "VND".equals(totalCurrency) ? null : Money.of(totalVnd, "VND");
    }

    public @Nullable Money usdEquivalent() {
        return totalUsd == null || "USD".equals(totalCurrency) ? null : Money.of(totalUsd, "USD");
    }

    public @Nullable Money counterpart() {
        return counterpartAmount == null || counterpartCurrency == null ? null
                : Money.of(counterpartAmount, counterpartCurrency);
    }

    public Beneficiaries beneficiaries() {
        return new Beneficiaries(targetGroups, beneficiariesTotal, beneficiariesWomen, beneficiariesDisabled,
                beneficiariesEthnic, beneficiariesChildren);
    }

    public boolean isPublic(PublicGroup group) {
        return status.wasApproved() && publicGroups.contains(group.name());
    }
}
