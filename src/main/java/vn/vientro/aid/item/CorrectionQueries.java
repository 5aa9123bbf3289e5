package vn.vientro.aid.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.aid.AidStatus;

/** Reads the corrections of an item's dossier, with the descriptions before and after each. */
@Component
class CorrectionQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    CorrectionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A correction as kept: the descriptions it went between, to be told in the reader's language. */
    record Row(long id, AidStatus status, String reason, AidItemDetails before, AidItemDetails after, String actor,
               Instant occurredAt) {
    }

    List<Row> of(long itemId) {
        return jdbc.sql("""
                select id, status, reason, before::text as before, after::text as after, actor, occurred_at
                  from aid.correction where aid_item = :id order by id
                """).param("id", itemId).query(CorrectionQueries::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), AidStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                JSON.readValue(rs.getString("before"), AidItemDetails.class),
                JSON.readValue(rs.getString("after"), AidItemDetails.class), rs.getString("actor"),
                rs.getTimestamp("occurred_at").toInstant());
    }
}
