package vn.vientro.mobilisation.reward;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.vientro.registry.Registry;
import vn.vientro.shared.InputChecks;

/** Checks a reward beyond its own fields, every rule at once: one recipient, who exists, a decision already signed. */
@Component
class RewardRules {

    private final Registry registry;
    private final Clock clock;

    RewardRules(Registry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    void check(RewardInput reward) {
        InputChecks checks = new InputChecks();
        Long organisation = reward.recipientOrganisationId();
        if (organisation == null && reward.recipientName() == null) {
            checks.refuse("recipientName", "mobilisation.reward.recipient.required");
        } else if (organisation != null && (reward.recipientName() != null || reward.recipientContactId() != null)) {
            checks.refuse("recipientName", "mobilisation.reward.recipient.both");
        } else if (organisation != null && registry.find(organisation).isEmpty()) {
            checks.refuse("recipientOrganisationId", "mobilisation.activity.organisation.unknown");
        }
        if (Objects.requireNonNull(reward.decisionDate()).isAfter(LocalDate.now(clock))) {
            checks.refuse("decisionDate", "mobilisation.reward.decisionDate.future");
        }
        checks.done();
    }
}
