package vn.vientro.aid.amendment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change request on an approved item, as recorded.
 *
 * @param needApproval    the changed fields that made it substantive (empty for a minor change)
 * @param extension       the end date moves later (gia hạn)
 * @param valueChange     the total value's change in percent of the value last approved
 * @param basedOnVersion  the version of the description it was compared with
 * @param appliedVersion  the version its description became, once applied
 */
@SuppressWarnings("checkstyle:ParameterNumber")
public record Amendment(long id, long version, long itemId, String requestedBy, Instant requestedAt, String reason,
                        Description proposed, List<DescriptionField> changedFields, boolean substantive,
                        List<DescriptionField> needApproval, boolean extension, @Nullable BigDecimal valueChange,
                        @Nullable Integer basedOnVersion, AmendmentStatus status, @Nullable String appraisalNote,
                        @Nullable String notedBy, @Nullable Instant notedAt, @Nullable String decisionNumber,
                        @Nullable LocalDate decisionDate, @Nullable String signer, @Nullable String decidedBy,
                        @Nullable Instant decidedAt, @Nullable String rejectionReason,
                        @Nullable Integer appliedVersion) {

    public boolean isPending() {
        return status == AmendmentStatus.PENDING;
    }
}
