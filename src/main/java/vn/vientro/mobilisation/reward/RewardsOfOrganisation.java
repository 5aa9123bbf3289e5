package vn.vientro.mobilisation.reward;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.registry.OrganisationRecords;

/**
 * The rewards an organisation received, on its registry page: through the registry's extension for other modules'
 * records, so the registry knows nothing of rewards.
 */
@Component
class RewardsOfOrganisation implements OrganisationRecords {

    private final Rewards rewards;
    private final MobilisationPolicy policy;
    private final MessageSource messages;

    RewardsOfOrganisation(Rewards rewards, MobilisationPolicy policy, MessageSource messages) {
        this.rewards = rewards;
        this.policy = policy;
        this.messages = messages;
    }

    @Override
    public String titleKey() {
        return "mobilisation.reward.organisation.tab";
    }

    @Override
    public List<Entry> of(long organisationId) {
        if (!policy.canListRewards()) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return rewards.ofOrganisation(organisationId).stream().map(reward -> new Entry(reward.decisionNumber(),
                messages.getMessage("mobilisation.reward.kind." + reward.kind(), null, locale),
                messages.getMessage("mobilisation.reward.decided", new Object[] {reward.decisionDate()}, locale),
                reward.reason(), "/app/mobilisation/rewards?year=" + reward.decisionDate().getYear(), false))
                .toList();
    }
}
