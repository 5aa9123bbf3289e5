package vn.vientro.aid.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.TransitionGuard;
import vn.vientro.aid.lifecycle.TransitionRefusedException;

/**
 * The appraisal is concluded only on the opinions asked (Decree 80/2020 Art. 10): at least one request, and every live
 * one answered, or past its due date where silence counts as consent. Only the appraisal lead concludes, so the
 * refusal may name every agency awaited, the police included.
 */
@Component
class AppraisalGuard implements TransitionGuard {

    private final OpinionRequestQueries queries;
    private final AidRules rules;
    private final Clock clock;

    AppraisalGuard(OpinionRequestQueries queries, AidRules rules, Clock clock) {
        this.queries = queries;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void check(long itemId, AidKind kind, AidAction action) {
        if (action != AidAction.CONCLUDE_APPRAISAL) {
            return;
        }
        List<OpinionTally.Row> rows = queries.tally(itemId);
        if (rows.isEmpty()) {
            throw new TransitionRefusedException("aid.appraisal.guard.noOpinions", null);
        }
        List<String> awaited = OpinionTally.awaited(rows, LocalDate.now(clock), rules.silenceMeansConsent());
        if (!awaited.isEmpty()) {
            throw new TransitionRefusedException("aid.appraisal.guard.awaiting", null, String.join(", ", awaited));
        }
    }
}
