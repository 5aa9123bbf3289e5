package vn.vientro.mobilisation.reward;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.Actor;
import vn.vientro.registry.ContactDirectory;
import vn.vientro.registry.ContactRef;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * Rewards (khen thưởng) for aid mobilisation: the focal point records each decision rewarding an organisation of the
 * registry or a person; staff read them by year, and on the organisation's page.
 */
@Service
public class Rewards {

    private final RewardRepository rewards;
    private final RewardQueries queries;
    private final RewardRules rules;
    private final Registry registry;
    private final ContactDirectory contacts;

    Rewards(RewardRepository rewards, RewardQueries queries, RewardRules rules, Registry registry,
            ContactDirectory contacts) {
        this.rewards = rewards;
        this.queries = queries;
        this.rules = rules;
        this.registry = registry;
        this.contacts = contacts;
    }

    @PreAuthorize(MobilisationPolicy.LIST_REWARDS)
    @Transactional(readOnly = true)
    public List<RewardView> list(RewardFilter filter) {
        return named(queries.list(filter));
    }

    @PreAuthorize(MobilisationPolicy.LIST_REWARDS)
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return queries.years();
    }

    @PreAuthorize(MobilisationPolicy.LIST_REWARDS)
    @Transactional(readOnly = true)
    public RewardView get(long rewardId) {
        return named(List.of(queries.find(rewardId).orElseThrow(() -> new NotFoundException("reward", rewardId))))
                .get(0);
    }

    @PreAuthorize(MobilisationPolicy.LIST_REWARDS)
    @Transactional(readOnly = true)
    public List<RewardView> ofOrganisation(long organisationId) {
        return queries.ofOrganisation(organisationId);
    }

    @PreAuthorize(MobilisationPolicy.EDIT_REWARDS)
    @Transactional
    public long give(RewardInput input) {
        RewardInput named = fromContacts(input);
        rules.check(named);
        return Objects.requireNonNull(rewards.save(Reward.give(RewardDetails.of(named), Actor.current())).id());
    }

    /** Corrects a reward as recorded; refused when someone saved it since it was read. */
    @PreAuthorize(MobilisationPolicy.EDIT_REWARDS)
    @Transactional
    public void correct(long rewardId, long expectedVersion, RewardInput input) {
        Reward reward = rewards.findById(rewardId).orElseThrow(() -> new NotFoundException("reward", rewardId));
        if (reward.version() != expectedVersion) {
            throw new StaleVersionException("reward", rewardId);
        }
        RewardInput named = fromContacts(input);
        rules.check(named);
        reward.correct(RewardDetails.of(named));
        rewards.save(reward);
    }

    /** A person picked from the contact network is named as the network knows them; one not found is refused. */
    private RewardInput fromContacts(RewardInput input) {
        Long contactId = input.recipientContactId();
        if (contactId == null || input.recipientOrganisationId() != null) {
            return input;
        }
        ContactRef person = contacts.find(contactId).orElseThrow(() -> new InvalidInputException(
                "recipientContactId", "mobilisation.reward.contact.unknown"));
        return input.naming(person.fullName(), person.title());
    }

    /** The rewards with their organisations' names, as the registry gives them. */
    private List<RewardView> named(List<RewardView> found) {
        Map<Long, OrganisationRef> organisations = registry.findAll(found.stream()
                .map(RewardView::recipientOrganisationId).filter(Objects::nonNull).distinct().toList());
        return found.stream().map(reward -> reward.recipientOrganisationId() == null ? reward
                : reward.named(organisations.containsKey(reward.recipientOrganisationId())
                ? organisations.get(reward.recipientOrganisationId()).name() : null)).toList();
    }
}
