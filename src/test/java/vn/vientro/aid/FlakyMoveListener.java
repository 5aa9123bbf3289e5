package vn.vientro.aid;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener for {@code AidEventsIntegrationTests}: fails the first time it hears of a move of an item the test names,
 * as a listener whose store is away would; every other move it only counts.
 */
@Component
class FlakyMoveListener {

    static final Set<Long> FAIL_ONCE = ConcurrentHashMap.newKeySet();
    static final Set<Long> HANDLED = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(AidItemMoved moved) {
        if (FAIL_ONCE.remove(moved.itemId())) {
            throw new IllegalStateException("the listener's store is away");
        }
        HANDLED.add(moved.itemId());
    }
}
