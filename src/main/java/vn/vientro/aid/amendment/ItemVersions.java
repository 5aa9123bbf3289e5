package vn.vientro.aid.amendment;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.platform.Actor;

/**
 * Keeps the versions of an item's description: the first when the item is approved (in the approval's own
 * transaction, so an approved item always has it), then one for each change applied.
 */
@Component
class ItemVersions {

    private static final String SELECT = "select version_no, cause, taken_at, taken_by, amendment, "
            + "snapshot::text as snapshot from aid.item_version ";

    private final JdbcClient jdbc;
    private final AidItemQueries items;

    ItemVersions(JdbcClient jdbc, AidItemQueries items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    @EventListener
    void on(AidItemMoved moved) {
        if (moved.action() == AidAction.APPROVE) {
            ensureBaseline(moved.itemId());
        }
    }

    /** The approved description as version 1, for an item approved before versions were kept. */
    void ensureBaseline(long itemId) {
        if (latest(itemId).isEmpty()) {
            take(itemId, VersionCause.APPROVAL, null);
        }
    }

    /** Takes the item's current description as its next version and returns that version's number. */
    int take(long itemId, VersionCause cause, @Nullable Long amendmentId) {
        return jdbc.sql("""
                insert into aid.item_version (aid_item, version_no, snapshot, taken_by, cause, amendment)
                select :item, coalesce(max(version_no), 0) + 1, cast(:snapshot as jsonb), :by, :cause, :amendment
                  from aid.item_version where aid_item = :item
                returning version_no
                """).param("item", itemId).param("snapshot", Snapshots.write(items.details(itemId).orElseThrow()))
                .param("by", Actor.current()).param("cause", cause.name()).param("amendment", amendmentId)
                .query(Integer.class).single();
    }

    List<ItemVersion> list(long itemId) {
        return select("where aid_item = :item order by version_no", itemId).list();
    }

    Optional<ItemVersion> find(long itemId, int versionNo) {
        return jdbc.sql(SELECT + "where aid_item = :item and version_no = :no").param("item", itemId)
                .param("no", versionNo).query(this::row).optional();
    }

    Optional<ItemVersion> latest(long itemId) {
        return select("where aid_item = :item order by version_no desc limit 1", itemId).optional();
    }

    /** The description last approved: by the approval decision or an approved amendment, not a minor change. */
    Optional<ItemVersion> latestApproved(long itemId) {
        return select("where aid_item = :item and cause in ('APPROVAL', 'AMENDMENT') order by version_no desc limit 1",
                itemId).optional();
    }

    private JdbcClient.MappedQuerySpec<ItemVersion> select(String where, long itemId) {
        return jdbc.sql(SELECT + where).param("item", itemId).query(this::row);
    }

    private ItemVersion row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long amendment = rs.getLong("amendment");
        Long amendmentId = rs.wasNull() ? null : amendment;
        return new ItemVersion(rs.getInt("version_no"), VersionCause.valueOf(rs.getString("cause")),
                rs.getTimestamp("taken_at").toInstant(), rs.getString("taken_by"), amendmentId,
                Snapshots.read(rs.getString("snapshot")));
    }
}
