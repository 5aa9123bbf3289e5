package vn.vientro.aid.appraisal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ConsultationEnded;
import vn.vientro.aid.item.Involvements;

/**
 * An agency reads an item it is consulted on only while an ordinary request to it stands (a security request never
 * lets anyone in): ends the access no such request stands behind any more; the search index follows the event.
 */
@Component
class Consultations {

    private final OpinionRequestQueries queries;
    private final Involvements involvements;
    private final ApplicationEventPublisher events;

    Consultations(OpinionRequestQueries queries, Involvements involvements, ApplicationEventPublisher events) {
        this.queries = queries;
        this.involvements = involvements;
        this.events = events;
    }

    /**
     * @param itemId one item, or {@code null} for every item
     * @return the items whose access changed
     */
    List<Long> endUnasked(@Nullable Long itemId) {
        List<OpinionRequestQueries.Consulted> ended = queries.consultedWithoutRequest(itemId);
        ended.forEach(consulted -> {
            involvements.endConsultation(consulted.itemId(), consulted.agencyId());
            events.publishEvent(new ConsultationEnded(consulted.itemId(), consulted.agencyId()));
        });
        return ended.stream().map(OpinionRequestQueries.Consulted::itemId).distinct().toList();
    }
}
