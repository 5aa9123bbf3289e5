package vn.vientro.aid.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.TransitionGuard;
import vn.vientro.aid.item.AidItem;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.AidItemRepository;
import vn.vientro.platform.Actor;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * The aid item's state machine (DOMAIN.md §4). Each move is checked for the state, the person's role and the move's
 * preconditions, then recorded with who, when and why; decisions are kept with their number, signer and legal basis.
 */
@Service
public class Lifecycle {

    private final AidItemRepository items;
    private final AidItemQueries queries;
    private final AidPolicy policy;
    private final MoveRules moveRules;
    private final List<TransitionGuard> guards;
    private final StageClock clockRules;
    private final LifecycleRecords records;
    private final LifecycleQueries lifecycleQueries;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Lifecycle(AidItemRepository items, AidItemQueries queries, AidPolicy policy,
              MoveRules moveRules, List<TransitionGuard> guards, StageClock clockRules, LifecycleRecords records,
              LifecycleQueries lifecycleQueries, Clock clock) {
        this.items = items;
        this.queries = queries;
        this.policy = policy;
        this.moveRules = moveRules;
        this.guards = guards;
        this.clockRules = clockRules;
        this.records = records;
        this.lifecycleQueries = lifecycleQueries;
        this.clock = clock;
    }

    /** The moves the signed-in user may offer on this item now (the preconditions are checked when they try). */
    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<AidAction> available(long itemId) {
        AidItemRecord item = record(itemId);
        return Arrays.stream(AidAction.values())
                .filter(action -> !action.viaAmendment())
                .filter(action -> action.allowedFrom(item.status(), item.kind()))
                .filter(action -> policy.mayPerform(action, item))
                .toList();
    }

    /** Makes a move requested through a page or the API; amendment moves go through the amendment workflow. */
    @PreAuthorize(AidPolicy.MOVE)
    @Transactional
    public AidStatus perform(long itemId, long expectedVersion, AidAction action, TransitionCommand command) {
        if (action.viaAmendment()) {
            throw new TransitionRefusedException("aid.transition.viaAmendment", null);
        }
        return move(itemId, expectedVersion, action, command);
    }

    /** Makes a move for the amendment workflow, which has checked and recorded the change request itself. */
    @PreAuthorize(AidPolicy.MOVE)
    @Transactional
    public AidStatus performForAmendment(long itemId, long expectedVersion, AidAction action, TransitionCommand command) {
        return move(itemId, expectedVersion, action, command);
    }

    private AidStatus move(long itemId, long expectedVersion, AidAction action, TransitionCommand command) {
        AidItemRecord item = record(itemId);
        if (item.version() != expectedVersion) {
            throw new StaleVersionException("aid item", itemId);
        }
        if (!action.allowedFrom(item.status(), item.kind())) {
            throw new TransitionRefusedException("aid.transition.notFromStatus", null,
                    new DefaultMessageSourceResolvable("aid.action." + action.name()),
                    new DefaultMessageSourceResolvable("aid.status." + item.status().name()));
        }
        LocalDate today = LocalDate.now(clock);
        moveRules.check(item, action, command, today);
        guards.forEach(guard -> guard.check(itemId, item.kind(), action));
        AidItem aggregate = items.findById(itemId).orElseThrow();
        LocalDate on = command.referenceDate() != null && isDated(action) ? command.referenceDate() : today;
        aggregate.move(action, on, Instant.now(clock), Actor.current());
        if (action == AidAction.APPROVE) {
            aggregate.decidedUnder(moveRules.legalBasis(item, on));
        }
        aggregate.dueBy(clockRules.dueOn(item, action.to(), on));
        items.save(aggregate);
        records.transition(item, action, command);
        records.decisionIfAny(item, action, command, on);
        return action.to();
    }

    private static boolean isDated(AidAction action) {
        return action == AidAction.APPROVE || action == AidAction.REFUSE || action == AidAction.START
                || action == AidAction.COMPLETE || action == AidAction.APPROVE_AMENDMENT;
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long itemId) {
        return lifecycleQueries.timeline(itemId);
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<DecisionView> decisions(long itemId) {
        return lifecycleQueries.decisions(itemId);
    }

    /** Attaches the signed scan of one of the item's decisions, a file the dossier keeps; replaces an earlier one. */
    @PreAuthorize(AidPolicy.ATTACH_SCANS)
    @Transactional
    public void attachScan(long itemId, long decisionId, long scanFileId) {
        if (!records.attachScan(itemId, decisionId, scanFileId)) {
            throw new NotFoundException("decision", decisionId);
        }
    }

    private AidItemRecord record(long itemId) {
        return queries.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
    }
}
