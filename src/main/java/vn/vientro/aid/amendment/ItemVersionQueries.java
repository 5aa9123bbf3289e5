package vn.vientro.aid.amendment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the kept versions of an item's description. */
@Component
class ItemVersionQueries {

    private static final String SELECT = "select version_no, cause, taken_at, taken_by, amendment, "
            + "snapshot::text as snapshot from aid.item_version ";

    private final JdbcClient jdbc;

    ItemVersionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ItemVersion> list(long itemId) {
        return select("where aid_item = :item order by version_no", itemId).list();
    }

    Optional<ItemVersion> find(long itemId, int versionNo) {
        return jdbc.sql(SELECT + "where aid_item = :item and version_no = :no").param("item", itemId)
                .param("no", versionNo).query(ItemVersionQueries::row).optional();
    }

    Optional<ItemVersion> latest(long itemId) {
        return select("where aid_item = :item order by version_no desc limit 1", itemId).optional();
    }

    /** The description last approved: by the approval decision or an approved amendment, not a minor change. */
    Optional<ItemVersion> latestApproved(long itemId) {
        return select("where aid_item = :item and cause in ('APPROVAL', 'AMENDMENT') order by version_no desc limit 1",
                itemId).optional();
    }

    /** The number the item's next version takes. */
    int nextNumber(long itemId) {
        return jdbc.sql("select coalesce(max(version_no), 0) + 1 from aid.item_version where aid_item = :item")
                .param("item", itemId).query(Integer.class).single();
    }

    private JdbcClient.MappedQuerySpec<ItemVersion> select(String where, long itemId) {
        return jdbc.sql(SELECT + where).param("item", itemId).query(ItemVersionQueries::row);
    }

    private static ItemVersion row(ResultSet rs, int n) throws SQLException {
        long amendment = rs.getLong("amendment");
        Long amendmentId = rs.wasNull() ? null : amendment;
        return new ItemVersion(rs.getInt("version_no"), VersionCause.valueOf(rs.getString("cause")),
                rs.getTimestamp("taken_at").toInstant(), rs.getString("taken_by"), amendmentId,
                Snapshots.read(rs.getString("snapshot")));
    }
}
