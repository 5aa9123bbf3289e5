package vn.vientro.aid.item;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.LegalBasis;
import vn.vientro.shared.Money;

/**
 * An aid item as stored, for reading: its description's fields (beside the item's own facts in JSON) and what its
 * lifecycle recorded. The accessors below the components are the few facts the item's rules read everywhere.
 */
@SuppressWarnings("checkstyle:ParameterNumber")
public record AidItemRecord(long id, long version, String code, AidStatus status, LegalBasis legalBasis,
                            @JsonUnwrapped ItemDescription fields, @Nullable LocalDate actualStart,
                            @Nullable LocalDate actualEnd, @Nullable BigDecimal totalVnd,
                            @Nullable BigDecimal totalUsd, List<String> publicGroups, @Nullable LocalDate submittedOn,
                            @Nullable LocalDate clockStartedOn, @Nullable LocalDate approvedOn,
                            @Nullable LocalDate stageDueOn, String createdBy, Instant createdAt, Instant updatedAt) {

    /**
     * The owner's side may change the description directly: before submission and when the dossier is returned for
     * supplement. During appraisal only a correction with a reason changes it, after approval an amendment.
     */
    public boolean isEditable() {
        return status.isWithOwner();
    }

    /** What {@link #stageDueOn()} is the deadline of. */
    public @Nullable StageDuty stageDuty() {
        return StageDuty.of(status, kind());
    }

    public AidKind kind() {
        return Objects.requireNonNull(fields.kind(), "kind");
    }

    public String nameVi() {
        return Objects.requireNonNull(fields.nameVi(), "nameVi");
    }

    public @Nullable String nameEn() {
        return fields.nameEn();
    }

    public long donorId() {
        return Objects.requireNonNull(fields.donorId(), "donorId");
    }

    public long ownerAgencyId() {
        return Objects.requireNonNull(fields.ownerAgencyId(), "ownerAgencyId");
    }

    public long governingAgencyId() {
        return Objects.requireNonNull(fields.governingAgencyId(), "governingAgencyId");
    }

    public BigDecimal totalAmount() {
        return Objects.requireNonNull(fields.totalAmount(), "totalAmount");
    }

    public String totalCurrency() {
        return Objects.requireNonNull(fields.totalCurrency(), "totalCurrency");
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn() != null ? nameEn() : nameVi();
    }

    public Money totalValue() {
        return Money.of(totalAmount(), totalCurrency());
    }

    public @Nullable Money vndEquivalent() {
        return totalVnd == null || "VND".equals(totalCurrency()) ? null : Money.of(totalVnd, "VND");
    }

    public @Nullable Money usdEquivalent() {
        return totalUsd == null || "USD".equals(totalCurrency()) ? null : Money.of(totalUsd, "USD");
    }

    /** Whether a VND or USD equivalent is missing because the rate table had no rate for its date yet. */
    public boolean equivalentsMissing() {
        return totalVnd == null && !"VND".equals(totalCurrency()) || totalUsd == null && !"USD".equals(totalCurrency());
    }

    public @Nullable Money counterpart() {
        return fields.counterpartAmount() == null || fields.counterpartCurrency() == null ? null
                : Money.of(fields.counterpartAmount(), fields.counterpartCurrency());
    }

    public boolean isPublic(PublicGroup group) {
        return status.wasApproved() && publicGroups.contains(group.name());
    }
}
