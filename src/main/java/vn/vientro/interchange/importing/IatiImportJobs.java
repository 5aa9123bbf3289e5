package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.platform.JobStatus;

/**
 * The IATI import job rows and their activities. A dedicated store rather than an aggregate: a job is a technical
 * record of work in progress (the audit trail skips it), its progress commits on its own while the work goes on, the
 * claim of a file's hash must hold under concurrency (an advisory lock), and activities are written in batches of
 * a hundred, none of which an aggregate saved whole would do. What an import writes to aid items goes through the aid
 * module's services as usual.
 */
@Component
class IatiImportJobs {

    /** A running job that stopped reporting lost its node. */
    private static final String STATUS = JobStatus.column(ImportJobView.READING, ImportJobView.APPLYING);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<SchemaError>> ERRORS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> DECISIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    IatiImportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Opens a job for reading a file, unless the same file (same hash) is being read or applied now: the advisory lock
     * makes the check and the insert one step for every node.
     */
    @Transactional
    Optional<Long> create(String fileName, String hash, long totalBytes, String createdBy) {
        lockHash(hash);
        releaseStale(hash);
        return jdbc.sql("""
                insert into interchange.import_job (status, file_name, file_hash, total_bytes, created_by)
                select 'READING', :name, :hash, :total, :by
                 where not exists (select 1 from interchange.import_job
                                    where file_hash = :hash and status in ('READING', 'APPLYING'))
                returning id
                """).param("name", fileName).param("hash", hash).param("total", totalBytes).param("by", createdBy)
                .query(Long.class).optional();
    }

    /** Takes a read job for applying; refused while the same file is read or applied by another job. */
    @Transactional
    boolean claim(long id, String hash, String appliedBy) {
        lockHash(hash);
        releaseStale(hash);
        return jdbc.sql("""
                update interchange.import_job set status = 'APPLYING', applied_by = :by, updated_at = now(),
                       version = version + 1
                 where id = :id and status = 'READ'
                   and not exists (select 1 from interchange.import_job
                                    where file_hash = :hash and status in ('READING', 'APPLYING'))
                """).param("id", id).param("by", appliedBy).param("hash", hash).update() == 1;
    }

    /** The activities read since the last call and the progress, committed together and at once. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void read(long id, List<ReadActivity> activities, long readBytes) {
        template.batchUpdate("""
                insert into interchange.import_activity (job, position, line, identifier, title, valid, errors, facts)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                """, activities, 200, (statement, activity) -> {
            statement.setLong(1, id);
            statement.setInt(2, activity.position());
            statement.setLong(3, activity.line());
            statement.setString(4, cut(activity.facts().identifier(), 1000));
            statement.setString(5, cut(activity.facts().title("en"), 1000));
            statement.setBoolean(6, activity.errors().isEmpty());
            statement.setString(7, JSON.writeValueAsString(activity.errors()));
            statement.setString(8, JSON.writeValueAsString(activity.facts()));
        });
        // counted on as they are stored, in this transaction: counting the job's rows after each batch grew with the file
        jdbc.sql("""
                update interchange.import_job
                   set read_bytes = :read, updated_at = now(), activity_count = activity_count + :read_now,
                       invalid_count = invalid_count + :invalid_now
                 where id = :id
                """).param("read", readBytes).param("read_now", activities.size())
                .param("invalid_now", activities.stream().filter(activity -> !activity.errors().isEmpty()).count())
                .param("id", id).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void finishReading(long id, FileHeader header, @Nullable FileStop stop) {
        jdbc.sql("""
                update interchange.import_job
                   set status = 'READ', read_bytes = total_bytes, iati_version = :version, version_note = :note,
                       stop_line = :line, stop_key = :key, stop_detail = :detail, updated_at = now(),
                       version = version + 1
                 where id = :id
                """).param("version", header.version()).param("note", header.versionNote())
                .param("line", stop == null ? null : stop.line()).param("key", stop == null ? null : stop.messageKey())
                .param("detail", stop == null ? null : cut(stop.detail(), 1000)).param("id", id).update();
    }

    /**
     * A page of activities' matches in one transaction (a commit an activity cost more than matching it), the page
     * counted on the job as compared.
     */
    @Transactional
    void match(long jobId, List<Matched> page) {
        template.batchUpdate("""
                update interchange.import_activity set match_item = ?, match_kind = ?, match_score = ? where id = ?
                """, page, 200, (statement, matched) -> {
            statement.setObject(1, matched.item(), Types.BIGINT);
            statement.setString(2, matched.kind());
            statement.setBigDecimal(3, matched.score());
            statement.setLong(4, matched.activityId());
        });
        jdbc.sql("""
                update interchange.import_job set compared_count = compared_count + :compared, updated_at = now()
                 where id = :id
                """).param("compared", page.size()).param("id", jobId).update();
    }

    /** An activity's match, or none (all three null). */
    record Matched(long activityId, @Nullable Long item, @Nullable String kind, @Nullable BigDecimal score) {
    }

    @Transactional
    void decide(long activityId, Map<String, String> decisions) {
        jdbc.sql("update interchange.import_activity set decisions = cast(:decisions as jsonb) where id = :id")
                .param("decisions", JSON.writeValueAsString(decisions)).param("id", activityId).update();
    }

    @Transactional
    void outcome(long activityId, String outcome, @Nullable Long appliedItem) {
        jdbc.sql("update interchange.import_activity set outcome = :outcome, applied_item = :item where id = :id")
                .param("outcome", outcome).param("item", appliedItem).param("id", activityId).update();
    }

    @Transactional
    void refuse(long activityId, String key, Object... arguments) {
        jdbc.sql("""
                update interchange.import_activity set outcome = 'REFUSED', refusal_key = :key,
                       refusal_arguments = string_to_array(:arguments, chr(31)) where id = :id
                """).param("key", cut(key, 100)).param("arguments", joined(arguments)).param("id", activityId)
                .update();
    }

    @Transactional
    void finishApplying(long id, int created, int updated, int unchanged) {
        jdbc.sql("""
                update interchange.import_job
                   set status = 'DONE', created_count = :created, updated_count = :updated,
                       unchanged_count = :unchanged, updated_at = now(), finished_at = now(), version = version + 1
                 where id = :id
                """).param("created", created).param("updated", updated).param("unchanged", unchanged)
                .param("id", id).update();
    }

    /** The job failed as a whole; whatever it was writing rolled back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void fail(long id, String failureKey, Object... arguments) {
        jdbc.sql("""
                update interchange.import_job set status = 'FAILED', failure_key = :key,
                       failure_arguments = string_to_array(:arguments, chr(31)), updated_at = now(), finished_at = now(),
                       version = version + 1 where id = :id
                """).param("key", failureKey).param("arguments", joined(arguments)).param("id", id).update();
    }

    /**
     * Read files nobody applied within {@code keepSeconds} end with their failure in words, and the activities they
     * staged are deleted; those an interrupted apply already wrote stay, as the record of what it did.
     */
    @Transactional
    int expireUnapplied(long keepSeconds) {
        List<Long> expired = jdbc.sql("""
                update interchange.import_job set status = 'FAILED', failure_key = 'interchange.import.expired',
                       failure_arguments = '{}', updated_at = now(), finished_at = now(), version = version + 1
                 where status = 'READ' and updated_at < now() - make_interval(secs => :keep)
                returning id
                """).param("keep", keepSeconds).query(Long.class).list();
        if (!expired.isEmpty()) {
            jdbc.sql("delete from interchange.import_activity where job = any(:jobs) and outcome is null")
                    .param("jobs", expired.toArray(Long[]::new)).update();
        }
        return expired.size();
    }

    /** A job whose apply failed goes back to waiting for the order, with the reason. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void release(long id, String failureKey) {
        jdbc.sql("""
                update interchange.import_job set status = 'READ', failure_key = :key, updated_at = now(),
                       version = version + 1 where id = :id and status = 'APPLYING'
                """).param("key", failureKey).param("id", id).update();
    }

    Optional<String> hash(long id) {
        return jdbc.sql("select file_hash from interchange.import_job where id = :id").param("id", id)
                .query(String.class).optional();
    }

    Optional<ImportJobView> find(long id) {
        return jdbc.sql("""
                select id, """ + STATUS + """
                        as status, file_name, total_bytes, read_bytes, iati_version, version_note, activity_count,
                       invalid_count, compared_count, created_count, updated_count, unchanged_count, stop_line,
                       stop_key, stop_detail, failure_key, failure_arguments, created_by, created_at, finished_at,
                       (select count(*) from interchange.import_activity a where a.job = j.id and a.outcome is not null)
                           as applied,
                       (select count(*) from interchange.import_activity a where a.job = j.id
                                                                            and a.outcome = 'REFUSED') as refused
                  from interchange.import_job j where id = :id
                """).param("id", id).query(IatiImportJobs::view).optional();
    }

    /** The activities of a job in file order, from {@code offset}; only the refused ones when asked. */
    List<ActivityRow> activities(long id, boolean refusedOnly, int offset, int limit) {
        return jdbc.sql("""
                select id, position, line, identifier, title, valid, errors, match_item, match_kind, match_score,
                       outcome, applied_item, refusal_key, refusal_arguments
                  from interchange.import_activity
                 where job = :id and (not :refusedOnly or not valid)
                 order by position limit :limit offset :offset
                """).param("id", id).param("refusedOnly", refusedOnly).param("limit", limit)
                .param("offset", offset).query(IatiImportJobs::row).list();
    }

    /** The valid activities' facts and choices, in file order, a page at a time (for matching and applying). */
    List<Stored> stored(long id, long afterActivity, int limit) {
        return stored(id, afterActivity, limit, false);
    }

    /** The same, only those applying has not yet written or refused when {@code pending}. */
    List<Stored> stored(long id, long afterActivity, int limit, boolean pending) {
        return jdbc.sql("""
                select a.id, a.facts, """ + DECISIONS_OR_LAST + """
                       , a.match_item, a.applied_item
                  from interchange.import_activity a
                 where a.job = :id and a.valid and a.id > :after and (not :pending or a.outcome is null)
                 order by a.id limit :limit
                """).param("id", id).param("after", afterActivity).param("limit", limit).param("pending", pending)
                .query((rs, n) -> new Stored(rs.getLong("id"), JSON.readValue(rs.getString("facts"),
                        ActivityFacts.class), JSON.readValue(rs.getString("decisions"), DECISIONS),
                        (Long) rs.getObject("match_item"), (Long) rs.getObject("applied_item"))).list();
    }

    Optional<Stored> stored(long jobId, long activityId) {
        return jdbc.sql("""
                select a.id, a.facts, """ + DECISIONS_OR_LAST + """
                       , a.match_item, a.applied_item
                  from interchange.import_activity a
                 where a.job = :job and a.id = :id and a.valid
                """).param("job", jobId).param("id", activityId)
                .query((rs, n) -> new Stored(rs.getLong("id"), JSON.readValue(rs.getString("facts"),
                        ActivityFacts.class), JSON.readValue(rs.getString("decisions"), DECISIONS),
                        (Long) rs.getObject("match_item"), (Long) rs.getObject("applied_item"))).optional();
    }

    /**
     * Where each of these activities stands in the job's list of activities in file order (0-based), the list the
     * preview shows a page at a time.
     */
    Map<Long, Integer> places(long jobId, java.util.Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> places = new java.util.HashMap<>();
        jdbc.sql("""
                select id, place from (select id, row_number() over (order by position) - 1 as place
                                         from interchange.import_activity where job = :job) listed
                 where id in (:ids)
                """).param("job", jobId).param("ids", activityIds)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> places.put(rs.getLong("id"),
                        rs.getInt("place")));
        return places;
    }

    /**
     * The activity's own choices, else those made for the same activity (same identifier) the last time it was
     * imported and applied: saved mapping choices are reused, and the user sees them in the preview.
     */
    private static final String DECISIONS_OR_LAST = """
            case when a.decisions <> '{}'::jsonb or a.identifier is null then a.decisions
                 else coalesce((select d.decisions from interchange.import_activity d
                                 where d.identifier = a.identifier and d.job <> a.job and d.outcome is not null
                                   and d.decisions <> '{}'::jsonb
                                 order by d.id desc limit 1), a.decisions) end as decisions
            """;

    /**
     * An activity as read and kept: what it says, the user's choices by field, its matched item, and once applied the
     * item it was written to (the matched one, or the dossier it drafted).
     */
    record Stored(long id, ActivityFacts facts, Map<String, String> decisions, @Nullable Long matchItem,
                  @Nullable Long appliedItem) {

        /** The item here this activity is: the one it was written to, else the one it matched, if any. */
        @Nullable Long item() {
            return appliedItem != null ? appliedItem : matchItem;
        }
    }

    /** An activity just read: its place, its schema errors, its facts. */
    record ReadActivity(int position, long line, List<SchemaError> errors, ActivityFacts facts) {
    }

    private void lockHash(String hash) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:hash, 17))").param("hash", hash)
                .query((rs, n) -> 1).list();
    }

    private void releaseStale(String hash) {
        jdbc.sql("""
                update interchange.import_job set status = 'FAILED', failure_key = 'interchange.import.interrupted',
                       finished_at = now(), version = version + 1
                 where file_hash = :hash and status in ('READING', 'APPLYING')
                """ + " and " + JobStatus.SILENT).param("hash", hash).update();
    }

    /** Arguments as one text for {@code string_to_array(:x, chr(31))}: a parameter array would be expanded. */
    private static String joined(Object[] arguments) {
        return java.util.Arrays.stream(arguments)
                .map(a -> String.valueOf(cut(String.valueOf(a), 500)).replace('\u001f', ' '))
                .collect(java.util.stream.Collectors.joining("\u001f"));
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static ImportJobView view(ResultSet rs, int row) throws SQLException {
        Array arguments = rs.getArray("failure_arguments");
        return new ImportJobView(rs.getLong("id"), rs.getString("status"), rs.getString("file_name"),
                rs.getLong("total_bytes"), rs.getLong("read_bytes"), rs.getString("iati_version"),
                rs.getString("version_note"), rs.getInt("activity_count"), rs.getInt("invalid_count"),
                rs.getInt("compared_count"), rs.getInt("created_count"), rs.getInt("updated_count"),
                rs.getInt("unchanged_count"),
                (Long) rs.getObject("stop_line"), rs.getString("stop_key"), rs.getString("stop_detail"),
                rs.getString("failure_key"), List.of((String[]) arguments.getArray()), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                rs.getInt("applied"), rs.getInt("refused"));
    }

    private static ActivityRow row(ResultSet rs, int row) throws SQLException {
        return new ActivityRow(rs.getLong("id"), rs.getInt("position"), rs.getLong("line"),
                rs.getString("identifier"), rs.getString("title"), rs.getBoolean("valid"),
                JSON.readValue(rs.getString("errors"), ERRORS), (Long) rs.getObject("match_item"),
                rs.getString("match_kind"), rs.getBigDecimal("match_score"), rs.getString("outcome"),
                (Long) rs.getObject("applied_item"), rs.getString("refusal_key"),
                List.of((String[]) rs.getArray("refusal_arguments").getArray()));
    }
}
