package vn.vientro.aid.amendment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
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
import vn.vientro.aid.item.DescriptionGroup;
import vn.vientro.aid.item.ItemField;
import vn.vientro.aid.lifecycle.Lifecycle;
import vn.vientro.aid.lifecycle.TransitionCommand;
import vn.vientro.platform.Actor;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;

/**
 * Amendments and extensions of approved items (Decree 80/2020 Art. 16). While an item is being implemented, its aid
 * owner proposes a changed description; a minor change is applied at once, a substantive one waits for the original
 * approver, who approves it with a decision (then it is applied) or rejects it. Every applied change is a version.
 */
@Service
public class Amendments {

    private static final DescriptionGroup OWNER_AGENCY = DescriptionGroup.named("OWNER_AGENCY");

    private final AidItemQueries queries;
    private final AidPolicy policy;
    private final AidPortfolio portfolio;
    private final Lifecycle lifecycle;
    private final ItemVersions versions;
    private final ItemVersionQueries versionQueries;
    private final AmendmentRepository amendments;
    private final ChangeClassifier classifier;
    private final AmendmentLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Amendments(AidItemQueries queries, AidPolicy policy, AidPortfolio portfolio, Lifecycle lifecycle,
               ItemVersions versions, ItemVersionQueries versionQueries, AmendmentRepository amendments,
               ChangeClassifier classifier, AmendmentLimits limits, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.policy = policy;
        this.portfolio = portfolio;
        this.lifecycle = lifecycle;
        this.versions = versions;
        this.versionQueries = versionQueries;
        this.amendments = amendments;
        this.classifier = classifier;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<Amendment> list(long itemId) {
        readable(itemId);
        return amendments.findByItemIdOrderByIdDesc(itemId);
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
        return item.status() == AidStatus.IMPLEMENTING && policy.actsForOwner(item) && pending(itemId).isEmpty();
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
    public Amendment propose(long itemId, long expectedVersion, AidItemDetails proposed, @Nullable String reason) {
        AidItemRecord item = readable(itemId);
        requireOpenFor(item);
        if (item.version() != expectedVersion) {
            throw new StaleVersionException("aid item", itemId);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "aid.amendment.reason.required");
        }
        TextLength.require("reason", reason, TextLength.TEXT);
        AidItemDetails current = queries.details(itemId).orElseThrow();
        AidItemDetails checked = portfolio.checked(proposed.carryingLinksOf(current));
        requireAllowed(current, checked);
        int basedOn = versions.ensureBaseline(itemId);
        ChangeClassifier.Classification classification = classifier.classify(current, checked,
                versionQueries.latestApproved(itemId).map(v -> v.snapshot().totalValue()).orElse(null));
        Amendment amendment = Amendment.requested(itemId, Actor.current(), Instant.now(clock), reason.strip(),
                checked, classification, basedOn);
        try {
            amendment = amendments.save(amendment);
        } catch (DataIntegrityViolationException e) {
            // Someone else's request for the same item went in between our check and our insert.
            throw new AmendmentRefusedException("aid.amendment.pendingExists", null);
        }
        long id = Objects.requireNonNull(amendment.id());
        if (classification.substantive()) {
            lifecycle.performForAmendment(itemId, expectedVersion, AidAction.REQUEST_AMENDMENT,
                    TransitionCommand.because(reason));
            events.publishEvent(new AmendmentRequested(itemId, id, classification.extension()));
        } else {
            portfolio.applyAmendment(itemId, expectedVersion, checked);
            amendment = amendments.save(amendment.applied(versions.take(itemId, VersionCause.MINOR_CHANGE, id)));
        }
        return amendment;
    }

    /** The approver approves a waiting request with a decision; its description is applied as a new version. */
    @PreAuthorize(AidPolicy.DECIDE_AMENDMENT)
    @Transactional
    public Amendment approve(long itemId, long amendmentId, @Nullable Long expectedVersion, Decision decision) {
        AidItemRecord item = readable(itemId);
        Amendment amendment = waiting(itemId, amendmentId, expectedVersion);
        checkDecision(decision, amendment);
        AidItemDetails details = portfolio.checked(amendment.proposed());
        lifecycle.performForAmendment(itemId, item.version(), AidAction.APPROVE_AMENDMENT, new TransitionCommand(
                amendment.reason(), decision.number(), decision.date(), decision.signer(), null, null));
        portfolio.applyAmendment(itemId, queries.record(itemId).orElseThrow().version(), details);
        int versionNo = versions.take(itemId, VersionCause.AMENDMENT, amendmentId);
        Amendment approved = amendments.save(amendment.approved(decision, Actor.current(), Instant.now(clock),
                versionNo));
        events.publishEvent(new AmendmentDecided(itemId, amendmentId, true, amendment.requestedBy()));
        return approved;
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
        TextLength.require("rejectionReason", reason, TextLength.TEXT);
        lifecycle.performForAmendment(itemId, item.version(), AidAction.REJECT_AMENDMENT,
                TransitionCommand.because(reason));
        Amendment rejected = amendments.save(amendment.rejected(reason.strip(), Actor.current(), Instant.now(clock)));
        events.publishEvent(new AmendmentDecided(itemId, amendmentId, false, amendment.requestedBy()));
        return rejected;
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
        TextLength.require("note", note, TextLength.TEXT);
        return amendments.save(amendment.noted(note.strip(), Actor.current(), Instant.now(clock)));
    }

    private void requireOpenFor(AidItemRecord item) {
        if (pending(item.id()).isPresent()) {
            throw new AmendmentRefusedException("aid.amendment.pendingExists", null);
        }
        if (item.status() != AidStatus.IMPLEMENTING) {
            throw new AmendmentRefusedException("aid.amendment.notImplementing", null,
                    new DefaultMessageSourceResolvable(
                            "aid.status." + item.status().name()));
        }
    }

    /** Another donor, kind or managing agency is another item; only the focal point moves an item to another owner. */
    private void requireAllowed(AidItemDetails current, AidItemDetails proposed) {
        for (DescriptionGroup group : limits.fixedFields()) {
            if (group.differs(current, proposed)) {
                throw new InvalidInputException(formField(group), "aid.amendment.fixedField",
                        new DefaultMessageSourceResolvable(group.labelKey()));
            }
        }
        if (OWNER_AGENCY.differs(current, proposed) && !policy.mayChangeOwner()) {
            throw new InvalidInputException("ownerAgencyId", "aid.amendment.ownerByFocalPoint");
        }
        if (DescriptionGroup.changedBetween(current, proposed).isEmpty()) {
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
                    new DefaultMessageSourceResolvable(
                            "aid.amendment.status." + amendment.status().name()));
        }
        if (expectedVersion != null && expectedVersion != amendment.version()) {
            throw new StaleVersionException("aid item", itemId);
        }
        return amendment;
    }

    private Amendment amendment(long itemId, long amendmentId) {
        return amendments.findByIdAndItemId(amendmentId, itemId).orElseThrow(() -> new NotFoundException("amendment", amendmentId));
    }

    private AidItemRecord readable(long itemId) {
        return queries.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
    }

    private Optional<Amendment> pending(long itemId) {
        return amendments.findByItemIdAndStatus(itemId, AmendmentStatus.PENDING);
    }

    /** The form field a refusal about a group points at: its one field, or the proposal as a whole. */
    static String formField(DescriptionGroup group) {
        List<ItemField> fields = group.fields();
        return fields.size() == 1 ? fields.get(0).name() : "proposed";
    }
}
