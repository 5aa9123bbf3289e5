package vn.vientro.aid.appraisal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ConsultationEnded;
import vn.vientro.aid.item.Involvements;

/**
 * An agency reads an item it is consulted on only while an ordinary request to it stands (a security request never
 * lets anyone in): ends the access no such request stands behind any more; the search index follows the event.
 */
@Component
class Consultations {

    private final JdbcClient jdbc;
    private final Involvements involvements;
    private final ApplicationEventPublisher events;

    Consultations(JdbcClient jdbc, Involvements involvements, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.involvements = involvements;
        this.events = events;
    }

    /**
     * @param itemId one item, or {@code null} for every item
     * @return the items whose access changed
     */
    List<Long> endUnasked(@Nullable Long itemId) {
        List<long[]> ended = jdbc.sql("""
                select a.aid_item, a.agency_id from aid.item_agency a
                 where a.reason = 'CONSULTED' and (cast(:item as bigint) is null or a.aid_item = :item)
                   and not exists (select 1 from aid.opinion_request o
                                    where o.aid_item = a.aid_item and o.agency_id = a.agency_id
                                      and o.withdrawn_on is null and not o.confidential)
                """).param("item", itemId, java.sql.Types.BIGINT)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        ended.forEach(pair -> {
            involvements.endConsultation(pair[0], pair[1]);
            events.publishEvent(new ConsultationEnded(pair[0], pair[1]));
        });
        return ended.stream().map(pair -> pair[0]).distinct().toList();
    }
}
