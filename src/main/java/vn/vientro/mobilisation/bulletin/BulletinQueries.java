package vn.vientro.mobilisation.bulletin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.PublishedBulletinEntry;

/** Read models of the bulletin: the focal point's list of activities and rewards, a source's facts, the public list. */
@Component
@Transactional(readOnly = true)
public class BulletinQueries {

    private static final String PUBLISHED = """
            select id, kind, title_vi, title_en, summary_vi, summary_en, happened_on, published_at
              from mobilisation.bulletin_entry where published
            """;

    private final JdbcClient jdbc;

    BulletinQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published entries, the latest first. */
    public List<PublishedBulletinEntry> published() {
        return jdbc.sql(PUBLISHED + " order by happened_on desc, id desc").query(BulletinQueries::entry).list();
    }

    public Optional<PublishedBulletinEntry> published(long entryId) {
        return jdbc.sql(PUBLISHED + " and id = :id").param("id", entryId).query(BulletinQueries::entry).optional();
    }

    /** Every activity of every plan and every reward, the latest first, with their entries' state. */
    List<BulletinLine> lines() {
        return jdbc.sql("""
                select 'ACTIVITY' as source, a.id as source_id, a.type as kind, a.title as title,
                       coalesce(a.done_on, make_date(p.year, a.months[1], 1)) as on_date, e.id as entry_id,
                       coalesce(e.published, false) as published
                  from mobilisation.plan_activity a
                  join mobilisation.plan p on p.id = a.plan
                  left join mobilisation.bulletin_entry e on e.activity = a.id
                union all
                select 'REWARD', r.id, 'REWARD', r.decision_number || ' \u00b7 ' || r.reason, r.decision_date, e.id,
                       coalesce(e.published, false)
                  from mobilisation.reward r
                  left join mobilisation.bulletin_entry e on e.reward = r.id
                 order by on_date desc nulls last, source_id desc
                """).query((rs, n) -> new BulletinLine(BulletinSource.valueOf(rs.getString("source")),
                rs.getLong("source_id"), rs.getString("kind"), rs.getString("title"),
                rs.getObject("on_date", LocalDate.class), (Long) rs.getObject("entry_id", Long.class),
                rs.getBoolean("published"))).list();
    }

    /** What a new entry starts from: the source's kind, title, date and text (for the focal point to rewrite). */
    Optional<SourceFacts> facts(BulletinSource source, long sourceId) {
        String sql = source == BulletinSource.ACTIVITY ? """
                select a.type as kind, a.title as title, a.outcome as text,
                       coalesce(a.done_on, make_date(p.year, a.months[1], 1)) as on_date, null::bigint as organisation,
                       (select e.id from mobilisation.bulletin_entry e where e.activity = a.id) as entry_id
                  from mobilisation.plan_activity a join mobilisation.plan p on p.id = a.plan where a.id = :id
                """ : """
                select 'REWARD' as kind, r.recipient_name as title, r.reason as text, r.decision_date as on_date,
                       r.recipient_organisation_id as organisation,
                       (select e.id from mobilisation.bulletin_entry e where e.reward = r.id) as entry_id
                  from mobilisation.reward r where r.id = :id
                """;
        return jdbc.sql(sql).param("id", sourceId).query((rs, n) -> new SourceFacts(rs.getString("kind"),
                rs.getString("title"), rs.getString("text"), rs.getObject("on_date", LocalDate.class),
                rs.getObject("organisation", Long.class), rs.getObject("entry_id", Long.class))).optional();
    }

    private static PublishedBulletinEntry entry(ResultSet rs, int row) throws SQLException {
        return new PublishedBulletinEntry(rs.getLong("id"), rs.getString("kind"), rs.getString("title_vi"),
                rs.getString("title_en"), rs.getString("summary_vi"), rs.getString("summary_en"),
                rs.getObject("happened_on", LocalDate.class),
                rs.getTimestamp("published_at").toInstant());
    }

    /** An activity's or reward's facts a new entry starts from. */
    record SourceFacts(String kind, @Nullable String title, @Nullable String text, @Nullable LocalDate on,
                       @Nullable Long organisationId, @Nullable Long entryId) {
    }
}
