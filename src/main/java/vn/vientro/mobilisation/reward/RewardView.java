package vn.vientro.mobilisation.reward;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A reward as the list, the organisation's page and the API show it, with the organisation's name if it has one. */
public record RewardView(long id, long version, RewardKind kind, IssuingLevel issuingLevel,
                         @Nullable Long recipientOrganisationId, @Nullable String recipientOrganisationName,
                         @Nullable Long recipientContactId,
                         @Nullable String recipientName, @Nullable String recipientPosition, String reason,
                         String decisionNumber, LocalDate decisionDate) {

    /** Whom it was given to, as a list names them: the organisation, or the person with their position. */
    public String recipient() {
        if (recipientOrganisationName != null) {
            return recipientOrganisationName;
        }
        return recipientPosition == null ? String.valueOf(recipientName) : recipientName + ", " + recipientPosition;
    }

    RewardView named(@Nullable String organisationName) {
        return new RewardView(id, version, kind, issuingLevel, recipientOrganisationId, organisationName,
                recipientContactId, recipientName, recipientPosition, reason, decisionNumber, decisionDate);
    }

    RewardInput input() {
        return new RewardInput(version, kind, issuingLevel, recipientOrganisationId, recipientContactId,
                recipientName, recipientPosition, reason, decisionNumber, decisionDate);
    }
}
