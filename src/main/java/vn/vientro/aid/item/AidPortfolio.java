package vn.vientro.aid.item;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.AidRules;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/** The province's aid items: drafts them, keeps their description while the dossier is open, reads them by role. */
@Service
public class AidPortfolio {

    private final AidItemRepository items;
    private final AidItemQueries queries;
    private final AidItemListQueries list;
    private final AidItemRules rules;
    private final AidRules aidRules;
    private final AidPolicy policy;
    private final Involvements involvements;
    private final CodeSequence codes;
    private final ValueEquivalents equivalents;
    private final Clock clock;

    AidPortfolio(AidItemRepository items, AidItemQueries queries, AidItemListQueries list, AidItemRules rules,
                 AidRules aidRules, AidPolicy policy, Involvements involvements, CodeSequence codes,
                 ValueEquivalents equivalents, Clock clock) {
        this.items = items;
        this.queries = queries;
        this.list = list;
        this.rules = rules;
        this.aidRules = aidRules;
        this.policy = policy;
        this.involvements = involvements;
        this.codes = codes;
        this.equivalents = equivalents;
        this.clock = clock;
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public AidItemView get(long itemId) {
        return queries.find(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
    }

    @PreAuthorize(AidPolicy.LIST)
    @Transactional(readOnly = true)
    public AidItemPage list(AidItemFilter filter) {
        return list.page(filter, policy.readsAll() ? null : CurrentUser.agency().orElse(-1));
    }

    /** Opens a dossier draft with a new code; an officer drafts only for their own agency as aid owner. */
    @PreAuthorize(AidPolicy.DRAFT)
    @Transactional
    public long draft(AidItemDetails input) {
        requireOwnAgency(input.fields().ownerAgencyId());
        AidItemDetails details = rules.check(input);
        LocalDate today = LocalDate.now(clock);
        AidItem item = AidItem.draft(codes.next(today.getYear()), details,
                aidRules.legalBasisOn(today, details.kind()), Actor.current(), Instant.now(clock));
        equivalents.convert(item);
        long id = Objects.requireNonNull(items.save(item).id());
        involvements.describe(id, details.ownerAgencyId(), details.governingAgencyId(), partnerAgencies(details));
        return id;
    }

    /** Changes the description while the dossier is still open (draft, returned, or submitted before appraisal). */
    @PreAuthorize(AidPolicy.EDIT)
    @Transactional
    public void update(long itemId, long expectedVersion, AidItemDetails input) {
        AidItem item = load(itemId, expectedVersion);
        requireOwnAgency(input.fields().ownerAgencyId());
        if (!item.isEditable()) {
            throw new BusinessRuleException(AidProblem.AID_ITEM_LOCKED, "aid.item.locked", null, item.status());
        }
        AidItemDetails details = rules.check(input);
        item.describe(details, Instant.now(clock));
        equivalents.convert(item);
        items.save(item);
        involvements.describe(itemId, details.ownerAgencyId(), details.governingAgencyId(), partnerAgencies(details));
    }

    /** The description as the rules accept it (old communes mapped), for an amendment to compare and apply. */
    public AidItemDetails checked(AidItemDetails input) {
        return rules.check(input);
    }

    /**
     * Applies a change request's description to an item after approval (at once for a minor change): the amendment
     * workflow has checked who asks, the item's state and the decision; the value equivalents and access follow.
     */
    @PreAuthorize(AidPolicy.REQUEST_AMENDMENT + " or " + AidPolicy.DECIDE_AMENDMENT)
    @Transactional
    public void applyAmendment(long itemId, long expectedVersion, AidItemDetails checkedDetails) {
        AidItem item = load(itemId, expectedVersion);
        item.amend(checkedDetails, Instant.now(clock));
        equivalents.convert(item);
        items.save(item);
        involvements.describe(itemId, checkedDetails.ownerAgencyId(), checkedDetails.governingAgencyId(),
                partnerAgencies(checkedDetails));
    }

    AidItem load(long id, long expectedVersion) {
        AidItem item = items.findById(id).orElseThrow(() -> new NotFoundException("aid item", id));
        if (!Objects.equals(item.version(), expectedVersion)) {
            throw new StaleVersionException("aid item", id);
        }
        return item;
    }

    /** An owner left out is the rules' to refuse as missing, at its field. */
    private void requireOwnAgency(@Nullable Long ownerAgencyId) {
        if (ownerAgencyId != null && !policy.canDraftFor(ownerAgencyId)) {
            throw new AccessDeniedException("officers draft only for their own agency");
        }
    }

    private static List<Long> partnerAgencies(AidItemDetails details) {
        return details.parties().stream().map(Party::agencyId).filter(Objects::nonNull).toList();
    }
}
