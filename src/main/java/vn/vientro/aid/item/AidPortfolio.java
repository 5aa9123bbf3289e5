package vn.vientro.aid.item;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.DossierOrigin;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;

/**
 * The province's aid items: drafts them, keeps their description as the procedure allows (corrections during appraisal
 * with their reason), reads them by role.
 */
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
    private final Corrections corrections;
    private final CorrectionQueries correctionQueries;
    private final DescriptionChanges descriptionChanges;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    AidPortfolio(AidItemRepository items, AidItemQueries queries, AidItemListQueries list, AidItemRules rules,
                 AidRules aidRules, AidPolicy policy, Involvements involvements, CodeSequence codes,
                 ValueEquivalents equivalents, Corrections corrections, CorrectionQueries correctionQueries,
                 DescriptionChanges descriptionChanges, Clock clock) {
        this.items = items;
        this.queries = queries;
        this.list = list;
        this.rules = rules;
        this.aidRules = aidRules;
        this.policy = policy;
        this.involvements = involvements;
        this.codes = codes;
        this.equivalents = equivalents;
        this.corrections = corrections;
        this.correctionQueries = correctionQueries;
        this.descriptionChanges = descriptionChanges;
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
        return draft(input, null);
    }

    /**
     * Opens a dossier draft started from something another module keeps (a pledge), named by its origin: the
     * {@link vn.vientro.aid.AidItemDrafted} event carries the origin back to that module.
     */
    @PreAuthorize(AidPolicy.DRAFT)
    @Transactional
    public long draft(AidItemDetails input, @Nullable DossierOrigin origin) {
        requireOwnAgency(input.fields().ownerAgencyId());
        AidItemDetails details = rules.check(input);
        LocalDate today = LocalDate.now(clock);
        AidItem item = AidItem.draft(codes.next(today.getYear()), details,
                aidRules.legalBasisOn(today, details.kind()), origin == null ? null : origin.value(), Actor.current(),
                Instant.now(clock));
        equivalents.convert(item);
        long id = Objects.requireNonNull(items.save(item).id());
        involvements.describe(id, details.ownerAgencyId(), details.governingAgencyId(), partnerAgencies(details));
        return id;
    }

    /**
     * Changes the description the way the item's state allows (DOMAIN.md §4): the owner's side while the dossier is
     * theirs (drafted, or returned for supplement); the focal point and the appraisal lead during appraisal, as a
     * correction with a written reason that the timeline keeps with the changed fields and the owner is told of. In any
     * other state, or for anyone else, a 409 problem says why.
     */
    @PreAuthorize(AidPolicy.DESCRIBE)
    @Transactional
    public void update(long itemId, long expectedVersion, AidItemDetails input, @Nullable String reason) {
        AidItem item = load(itemId, expectedVersion);
        Long owner = input.fields().ownerAgencyId();
        if (!Objects.equals(owner, item.fields().ownerAgencyId())) {
            requireOwnAgency(owner);
        }
        EditRoute route = routeFor(item);
        String why = Objects.requireNonNullElse(TextLength.require("reason", reason, TextLength.TEXT), "").strip();
        if (route == EditRoute.CORRECTION && why.isEmpty()) {
            throw new InvalidInputException("reason", "aid.item.correction.reason.required");
        }
        AidItemDetails before = queries.details(itemId).orElseThrow();
        AidItemDetails details = rules.check(input.carryingLinksOf(before));
        List<String> changed = DescriptionChanges.labelKeys(before, details);
        boolean correction = route == EditRoute.CORRECTION && !changed.isEmpty();
        if (correction) {
            item.correct(details, Instant.now(clock), changed, why, Actor.current());
        } else {
            item.describe(details, Instant.now(clock));
        }
        equivalents.convert(item);
        items.save(item);
        if (correction) { // the description after it as stored, so both sides read alike (amounts to the cent)
            corrections.save(Correction.made(itemId, item.status(), why, before,
                    queries.details(itemId).orElseThrow(), Actor.current()));
        }
        involvements.describe(itemId, details.ownerAgencyId(), details.governingAgencyId(), partnerAgencies(details));
    }

    /** How the signed-in user may change this item's description in its state, if at all. */
    public Optional<EditRoute> editRoute(AidItemRecord item) {
        return EditRoute.in(item.status(), policy.actsForOwner(item), policy.correctsDossiers());
    }

    /** The corrections made to the item's dossier during appraisal, each with its changes in the reader's language. */
    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<CorrectionEntry> corrections(long itemId) {
        Locale locale = LocaleContextHolder.getLocale();
        return correctionQueries.of(itemId).stream().map(row -> new CorrectionEntry(row.id(), row.status(),
                row.reason(), descriptionChanges.lines(row.before(), row.after(), locale), row.actor(),
                row.occurredAt())).toList();
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

    private EditRoute routeFor(AidItem item) {
        boolean corrects = policy.correctsDossiers();
        return EditRoute.in(item.status(), policy.canDraftFor(item.fields().ownerAgencyId()), corrects)
                .orElseThrow(() -> EditRoute.refusal(item.status(), corrects));
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
