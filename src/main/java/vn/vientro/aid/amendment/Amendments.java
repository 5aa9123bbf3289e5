package vn.vientro.aid.amendment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AmendmentDecided;
import vn.vientro.aid.AmendmentRequested;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.aid.lifecycle.Lifecycle;
import vn.vientro.aid.lifecycle.TransitionCommand;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * Amendments and extensions of approved items (Decree 80/2020 Art. 16). While an item is being implemented, its aid
 * owner proposes a changed description; a minor change is applied at once, a substantive one waits for the original
 * approver, who approves it with a decision (then it is applied) or rejects it. Every applied change is a version.
 */
@Service
public class Amendments {

    private final AidItemQueries queries;
    private final AidPolicy policy;
    private final AidPortfolio portfolio;
    private final Lifecycle lifecycle;
    private final ItemVersions versions;
    private final Snapshots snapshots;
    private final AmendmentStore store;
    private final ChangeClassifier classifier;
    private final AmendmentLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Amendments(AidItemQueries queries, AidPolicy policy, AidPortfolio portfolio, Lifecycle lifecycle,
               ItemVersions versions, Snapshots snapshots, AmendmentStore store, ChangeClassifier classifier,
               AmendmentLimits limits, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.policy = policy;
        this.portfolio = portfolio;
        this.lifecycle = lifecycle;
        this.versions = versions;
        this.snapshots = snapshots;
        this.store = store;
        this.classifier = classifier;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<Amendment> list(long itemId) {
        readable(itemId);
        return store.forItem(itemId);
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public Amendment get(long itemId, long amendmentId) {
        readable(itemId);
        return amendment(itemId, amendmentId);
    }

    /** Whether the signed-in user may propose a change to this item now. */
    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public boolean mayPropose(long itemId) {
        AidItemRecord item = readable(itemId);
        return item.status() == AidStatus.IMPLEMENTING && policy.actsForOwner(item) && store.pending(itemId).isEmpty();
    }

    /** Refuses, with the reason, a proposal the user could not make now (for the page that opens the form). */
    @PreAuthorize(AidPolicy.REQUEST_AMENDMENT)
    @Transactional(readOnly = true)
    public void requireMayPropose(long itemId) {
        requireOpenFor(readable(itemId));
    }

    /**
     * Proposes a changed description. Returns the request: {@code APPLIED} when the change was minor, {@code PENDING}
     * when it waits for the approver (the item is then {@code AMENDMENT_PENDING}).
     */
    @PreAuthorize(AidPolicy.REQUEST_AMENDMENT)
    @Transactional
    public Amendment propose(long itemId, long expectedVersion, Description proposed, @Nullable String reason) {
        AidItemRecord item = readable(itemId);
        requireOpenFor(item);
        if (item.version() != expectedVersion) {
            throw new StaleVersionException("aid item", itemId);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "aid.amendment.reason.required");
        }
        Description current = snapshots.current(itemId);
        AidItemDetails checked = portfolio.checked(proposed.carryingLinksOf(current).toDetails());
        Description mapped = Description.of(checked);
        requireAllowed(current, mapped);
        versions.ensureBaseline(itemId);
        Integer basedOn = versions.latest(itemId).map(ItemVersion::versionNo).orElse(null);
        ChangeClassifier.Classification classification = classifier.classify(current, mapped,
                versions.latestApproved(itemId).map(v -> v.snapshot().totalValue()).orElse(null));
        long id;
        try {
            id = store.insert(itemId, reason.strip(), mapped, classification, basedOn);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // Someone else's request for the same item went in between our check and our insert.
            throw new AmendmentRefusedException("aid.amendment.pendingExists", null);
        }
        if (classification.substantive()) {
            lifecycle.performForAmendment(itemId, expectedVersion, AidAction.REQUEST_AMENDMENT,
                    TransitionCommand.because(reason));
            events.publishEvent(new AmendmentRequested(itemId, id, classification.extension()));
        } else {
            portfolio.applyAmendment(itemId, expectedVersion, checked);
            store.applied(id, versions.take(itemId, VersionCause.MINOR_CHANGE, id));
        }
        return amendment(itemId, id);
    }

    /** The approver approves a waiting request with a decision; its description is applied as a new version. */
    @PreAuthorize(AidPolicy.DECIDE_AMENDMENT)
    @Transactional
    public Amendment approve(long itemId, long amendmentId, @Nullable Long expectedVersion, Decision decision) {
        AidItemRecord item = readable(itemId);
        Amendment amendment = waiting(itemId, amendmentId, expectedVersion);
        checkDecision(decision, amendment);
        AidItemDetails details = portfolio.checked(amendment.proposed().toDetails());
        lifecycle.performForAmendment(itemId, item.version(), AidAction.APPROVE_AMENDMENT, new TransitionCommand(
                amendment.reason(), decision.number(), decision.date(), decision.signer(), null, null));
        portfolio.applyAmendment(itemId, queries.record(itemId).orElseThrow().version(), details);
        int versionNo = versions.take(itemId, VersionCause.AMENDMENT, amendmentId);
        if (!store.approved(amendment, decision, versionNo)) {
            throw new StaleVersionException("aid item", itemId);
        }
        events.publishEvent(new AmendmentDecided(itemId, amendmentId, true, amendment.requestedBy()));
        return amendment(itemId, amendmentId);
    }

    /** The approver rejects a waiting request with a reason; the description stays as it was. */
    @PreAuthorize(AidPolicy.DECIDE_AMENDMENT)
    @Transactional
    public Amendment reject(long itemId, long amendmentId, @Nullable Long expectedVersion, @Nullable String reason) {
        AidItemRecord item = readable(itemId);
        Amendment amendment = waiting(itemId, amendmentId, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("rejectionReason", "aid.amendment.rejectionReason.required");
        }
        lifecycle.performForAmendment(itemId, item.version(), AidAction.REJECT_AMENDMENT,
                TransitionCommand.because(reason));
        if (!store.rejected(amendment, reason.strip())) {
            throw new StaleVersionException("aid item", itemId);
        }
        events.publishEvent(new AmendmentDecided(itemId, amendmentId, false, amendment.requestedBy()));
        return amendment(itemId, amendmentId);
    }

    /** The appraisal lead's note on a waiting request, for the approver. */
    @PreAuthorize(AidPolicy.NOTE_AMENDMENT)
    @Transactional
    public Amendment note(long itemId, long amendmentId, @Nullable Long expectedVersion, @Nullable String note) {
        readable(itemId);
        Amendment amendment = waiting(itemId, amendmentId, expectedVersion);
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "aid.amendment.note.required");
        }
        if (!store.noted(amendment, note.strip())) {
            throw new StaleVersionException("aid item", itemId);
        }
        return amendment(itemId, amendmentId);
    }

    private void requireOpenFor(AidItemRecord item) {
        if (store.pending(item.id()).isPresent()) {
            throw new AmendmentRefusedException("aid.amendment.pendingExists", null);
        }
        if (item.status() != AidStatus.IMPLEMENTING) {
            throw new AmendmentRefusedException("aid.amendment.notImplementing", null,
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            "aid.status." + item.status().name()));
        }
    }

    /** Another donor, kind or managing agency is another item; only the focal point moves an item to another owner. */
    private void requireAllowed(Description current, Description proposed) {
        for (DescriptionField field : limits.fixedFields()) {
            if (field.differs(current, proposed)) {
                throw new InvalidInputException(formField(field), "aid.amendment.fixedField",
                        new org.springframework.context.support.DefaultMessageSourceResolvable(field.labelKey()));
            }
        }
        if (DescriptionField.OWNER_AGENCY.differs(current, proposed) && !policy.mayChangeOwner()) {
            throw new InvalidInputException("ownerAgencyId", "aid.amendment.ownerByFocalPoint");
        }
        if (DescriptionField.changedBetween(current, proposed).isEmpty()) {
            throw new InvalidInputException("proposed", "aid.amendment.noChange");
        }
    }

    private void checkDecision(Decision decision, Amendment amendment) {
        if (decision.number() == null) {
            throw new InvalidInputException("decisionNumber", "aid.amendment.decisionNumber.required");
        }
        if (decision.date() == null) {
            throw new InvalidInputException("decisionDate", "aid.amendment.decisionDate.required");
        }
        LocalDate requestedOn = LocalDate.ofInstant(amendment.requestedAt(), clock.getZone());
        if (decision.date().isAfter(LocalDate.now(clock)) || decision.date().isBefore(requestedOn)) {
            throw new InvalidInputException("decisionDate", "aid.amendment.decisionDate.range",
                    requestedOn);
        }
        if (decision.signer() == null) {
            throw new InvalidInputException("signer", "aid.amendment.signer.required");
        }
    }

    private Amendment waiting(long itemId, long amendmentId, @Nullable Long expectedVersion) {
        Amendment amendment = amendment(itemId, amendmentId);
        if (!amendment.isPending()) {
            throw new AmendmentRefusedException("aid.amendment.notPending", null,
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            "aid.amendment.status." + amendment.status().name()));
        }
        if (expectedVersion != null && expectedVersion != amendment.version()) {
            throw new StaleVersionException("aid item", itemId);
        }
        return amendment;
    }

    private Amendment amendment(long itemId, long amendmentId) {
        return store.find(itemId, amendmentId).orElseThrow(() -> new NotFoundException("amendment", amendmentId));
    }

    private AidItemRecord readable(long itemId) {
        return queries.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
    }

    static String formField(DescriptionField field) {
        return switch (field) {
            case KIND -> "kind";
            case DONOR -> "donorId";
            case IMPLEMENTER -> "implementerId";
            case OWNER_AGENCY -> "ownerAgencyId";
            case GOVERNING_AGENCY -> "governingAgencyId";
            case DELIVERY_FORM -> "deliveryForm";
            case END_DATE -> "plannedEnd";
            case START_DATE -> "plannedStart";
            default -> "proposed";
        };
    }
}
