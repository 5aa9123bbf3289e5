package vn.vientro.mobilisation.reward;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a reward's decision says, stored in the reward's own row. */
record RewardDetails(RewardKind kind, IssuingLevel issuingLevel, @Nullable Long recipientOrganisationId,
                     @Nullable Long recipientContactId,
                     @Nullable String recipientName, @Nullable String recipientPosition, String reason,
                     String decisionNumber, LocalDate decisionDate) {

    static RewardDetails of(RewardInput input) {
        boolean organisation = input.recipientOrganisationId() != null;
        return new RewardDetails(Objects.requireNonNull(input.kind()), Objects.requireNonNull(input.issuingLevel()),
                input.recipientOrganisationId(), organisation ? null : input.recipientContactId(),
                organisation ? null : input.recipientName(),
                organisation ? null : input.recipientPosition(), Objects.requireNonNull(input.reason()),
                Objects.requireNonNull(input.decisionNumber()), Objects.requireNonNull(input.decisionDate()));
    }
}
