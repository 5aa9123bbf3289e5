package vn.vientro.aid.lifecycle;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.platform.Actor;

/** Keeps the timeline of moves and the decisions taken on items, in the move's transaction. */
@Component
class LifecycleRecords {

    private final Timeline timeline;
    private final ItemDecisionRepository decisions;
    private final LifecycleQueries queries;
    private final AidRules rules;

    LifecycleRecords(Timeline timeline, ItemDecisionRepository decisions, LifecycleQueries queries, AidRules rules) {
        this.timeline = timeline;
        this.decisions = decisions;
        this.queries = queries;
        this.rules = rules;
    }

    void transition(AidItemRecord item, AidAction action, TransitionCommand command) {
        timeline.save(Transition.made(item.id(), action, item.status(), command, Actor.current()));
    }

    void decisionIfAny(AidItemRecord item, AidAction action, TransitionCommand command, LocalDate on) {
        if (ItemDecision.isCarriedBy(action)) {
            decisions.save(ItemDecision.carriedBy(action, item.id(), command, on, authority(item),
                    rules.legalBasisOn(on, item.kind()), Actor.current()));
        }
    }

    /** @return whether the item has that decision */
    boolean attachScan(long itemId, long decisionId, long scanFileId) {
        return decisions.findById(decisionId).filter(decision -> decision.itemId() == itemId).map(decision -> {
            decision.attachScan(scanFileId);
            decisions.save(decision);
            return true;
        }).orElse(false);
    }

    private String authority(AidItemRecord item) {
        return rules.authorityFor(item.kind(), item.fields().priorityField(), queries.sectorCodes(item.id()),
                item.totalUsd()).nameVi();
    }
}
