package vn.vientro.aid.lifecycle;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the timeline of moves, the decisions taken on items, and the shares a move's rules look at. */
@Component
class LifecycleQueries {

    private final JdbcClient jdbc;

    LifecycleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TimelineEntry> timeline(long itemId) {
        return jdbc.sql("""
                select id, action, from_status, to_status, reason, recommendation, reference_number, reference_date,
                       actor, occurred_at
                  from aid.transition where aid_item = :id order by id
                """).param("id", itemId).query(TimelineEntry.class).list();
    }

    List<DecisionView> decisions(long itemId) {
        return jdbc.sql("""
                select id, kind, number, signed_on, signer, authority, legal_basis, reason, override_reason,
                       scan_file_id, recorded_by, recorded_at
                  from aid.decision where aid_item = :id order by id
                """).param("id", itemId).query(DecisionView.class).list();
    }

    Set<String> sectorCodes(long itemId) {
        return jdbc.sql("select sector_code from aid.aid_item_sector where aid_item = :id")
                .param("id", itemId).query(String.class).stream().collect(Collectors.toSet());
    }

    boolean hasLocations(long itemId) {
        return jdbc.sql("select exists (select 1 from aid.aid_item_location where aid_item = :id)")
                .param("id", itemId).query(Boolean.class).single();
    }
}
