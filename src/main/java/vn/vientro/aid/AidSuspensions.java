package vn.vientro.aid;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.lifecycle.Lifecycle;
import vn.vientro.aid.lifecycle.TransitionCommand;
import vn.vientro.shared.NotFoundException;

/**
 * Suspends an aid item by the managing agency's decision (DOMAIN.md §7) for another module that found cause, the
 * monitoring module's inspections: the same move as on the item's page, by whom the lifecycle lets make it, from the
 * states it allows, recorded on the item's timeline with its decision.
 */
@Service
public class AidSuspensions {

    private final Lifecycle lifecycle;
    private final AidItemQueries items;

    AidSuspensions(Lifecycle lifecycle, AidItemQueries items) {
        this.lifecycle = lifecycle;
        this.items = items;
    }

    @PreAuthorize(AidPolicy.SUSPEND)
    @Transactional
    public AidStatus suspend(long itemId, String reason, String decisionNumber, LocalDate decisionDate,
                             @Nullable String signer) {
        long version = items.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId)).version();
        return lifecycle.perform(itemId, version, AidAction.SUSPEND,
                new TransitionCommand(reason, decisionNumber, decisionDate, signer, null, null));
    }
}
