package vn.vientro.mobilisation.need;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;

/**
 * Marks a need funded when the aid item its pledge started is approved. Called by the pledges' listener on the aid
 * module's event, for an approval a user was allowed to decide, so it asks for no right of its own; the step on the
 * need's timeline is that user's. A need already funded, withdrawn or not yet approved in a catalogue stays as it is.
 */
@Service
public class NeedFunding {

    private final NeedRepository needs;
    private final NeedTimeline timeline;

    NeedFunding(NeedRepository needs, NeedTimeline timeline) {
        this.needs = needs;
        this.timeline = timeline;
    }

    @Transactional
    public void fundedBy(long needId, long aidItemId, String actor) {
        needs.findById(needId).filter(need -> NeedAction.FUND.allowedFrom(need.status())).ifPresent(need -> {
            NeedStep step = new NeedStep(null, null, null, null, aidItemId, null);
            NeedStatus from = need.status();
            need.move(NeedAction.FUND, step, actor);
            needs.save(need);
            timeline.save(NeedTransition.taken(needId, NeedAction.FUND, from, step, actor));
        });
    }
}
