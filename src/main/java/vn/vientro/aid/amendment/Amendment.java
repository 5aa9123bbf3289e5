package vn.vientro.aid.amendment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.DescriptionGroup;

/**
 * A change request on an approved item (điều chỉnh, gia hạn; Decree 80/2020 Art. 16): an immutable aggregate whose
 * steps — applied at once, approved with a decision, rejected with a reason, noted by the appraisal lead — each give
 * the request as it then stands; saving a step made from a stale version fails (its {@code @Version}).
 *
 * @param changedFields  the parts of the description that differ from the current one
 * @param needApproval   those that made it substantive (empty for a minor change)
 * @param extension      the end date moves later (gia hạn)
 * @param valueChange    the total value's change in percent of the value last approved
 * @param basedOnVersion the version of the description it was compared with
 * @param appliedVersion the version its description became, once applied
 */
@Table(schema = "aid", name = "amendment")
@SuppressWarnings("checkstyle:ParameterNumber")
public record Amendment(@Id @Nullable Long id, @Version @Nullable Long version, @Column("aid_item") long itemId,
                        String requestedBy, Instant requestedAt, String reason, AidItemDetails proposed,
                        List<String> changedFields, boolean substantive,
                        @Column("substantive_fields") List<String> needApproval, boolean extension,
                        @Nullable BigDecimal valueChange, @Nullable Integer basedOnVersion, AmendmentStatus status,
                        @Nullable String appraisalNote, @Nullable String notedBy, @Nullable Instant notedAt,
                        @Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable String signer,
                        @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String rejectionReason,
                        @Nullable Integer appliedVersion) {

    static Amendment requested(long itemId, String by, Instant at, String reason, AidItemDetails proposed,
                               ChangeClassifier.Classification classification, @Nullable Integer basedOnVersion) {
        return new Amendment(null, null, itemId, by, at, reason, proposed, names(classification.changed()),
                classification.substantive(), names(classification.needApproval()), classification.extension(),
                classification.valueChange(), basedOnVersion,
                classification.substantive() ? AmendmentStatus.PENDING : AmendmentStatus.APPLIED, null, null, null,
                null, null, null, null, null, null, null);
    }

    public boolean isPending() {
        return status == AmendmentStatus.PENDING;
    }

    /** The changed parts, as the amendment rule and the comparison name them. */
    public List<DescriptionGroup> changedGroups() {
        return changedFields.stream().map(DescriptionGroup::named).toList();
    }

    public List<DescriptionGroup> needApprovalGroups() {
        return needApproval.stream().map(DescriptionGroup::named).toList();
    }

    Amendment applied(int versionNo) {
        return new Amendment(id, version, itemId, requestedBy, requestedAt, reason, proposed, changedFields,
                substantive, needApproval, extension, valueChange, basedOnVersion, status, appraisalNote, notedBy,
                notedAt, decisionNumber, decisionDate, signer, decidedBy, decidedAt, rejectionReason, versionNo);
    }

    Amendment approved(Decision decision, String by, Instant at, int versionNo) {
        return new Amendment(id, version, itemId, requestedBy, requestedAt, reason, proposed, changedFields,
                substantive, needApproval, extension, valueChange, basedOnVersion, AmendmentStatus.APPROVED,
                appraisalNote, notedBy, notedAt, decision.number(), decision.date(), decision.signer(), by, at,
                rejectionReason, versionNo);
    }

    Amendment rejected(String why, String by, Instant at) {
        return new Amendment(id, version, itemId, requestedBy, requestedAt, reason, proposed, changedFields,
                substantive, needApproval, extension, valueChange, basedOnVersion, AmendmentStatus.REJECTED,
                appraisalNote, notedBy, notedAt, decisionNumber, decisionDate, signer, by, at, why, appliedVersion);
    }

    Amendment noted(String note, String by, Instant at) {
        return new Amendment(id, version, itemId, requestedBy, requestedAt, reason, proposed, changedFields,
                substantive, needApproval, extension, valueChange, basedOnVersion, status, note, by, at,
                decisionNumber, decisionDate, signer, decidedBy, decidedAt, rejectionReason, appliedVersion);
    }

    private static List<String> names(List<DescriptionGroup> groups) {
        return groups.stream().map(DescriptionGroup::name).toList();
    }
}
