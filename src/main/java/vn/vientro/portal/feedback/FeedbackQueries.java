package vn.vientro.portal.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of community feedback: the staff list and page (personal data on the page only), the sender's
 * tracking by code and check code, the published answers of an item or need, and what is overdue.
 */
@Component
@Transactional(readOnly = true)
public class FeedbackQueries {

    private static final String OPEN = "status not in ('PUBLISHED', 'REJECTED')";
    private static final int MAX_INPUT = 100;
    private static final int MAX_ROWS = 500;
    private static final byte[] NO_CHECK = "-".repeat(8).getBytes(StandardCharsets.US_ASCII);

    private final JdbcClient jdbc;

    FeedbackQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when there is no such feedback; else the agency it is assigned to, if any (for the policy). */
    public Optional<OptionalLong> assignedAgency(long feedbackId) {
        return jdbc.sql("select agency_id from portal.feedback where id = :id").param("id", feedbackId)
                .query((rs, n) -> {
                    long agency = rs.getLong("agency_id");
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(agency);
                }).optional();
    }

    /** The filtered list, due first; of one agency's assigned feedback when {@code agency} is given. */
    List<FeedbackRow> list(FeedbackFilter filter, OptionalLong agency, LocalDate today) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("true");
        params.put("today", today);
        if (agency.isPresent()) {
            where.add("agency_id = :agency");
            params.put("agency", agency.getAsLong());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.overdue()) {
            where.add(OPEN + " and due_on < :today");
        }
        if (filter.subject() != null) {
            where.add("subject_kind = :subject");
            params.put("subject", filter.subject().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(public.f_unaccent(lower(subject_title)) like '%' || public.f_unaccent(lower(:text)) || '%'"
                    + " or upper(code) like '%' || upper(:text) || '%')");
            params.put("text", filter.text().strip());
        }
        params.put("limit", MAX_ROWS);
        return jdbc.sql("select id, code, subject_kind, subject_id, subject_title, status, received_on, due_on,"
                        + " agency_id, (" + OPEN + " and due_on < :today) as overdue from portal.feedback where "
                        + String.join(" and ", where) + " order by (" + OPEN + ") desc, due_on, id limit :limit")
                .params(params).query(FeedbackQueries::row).list();
    }

    Optional<FeedbackView> find(long feedbackId, LocalDate today) {
        return jdbc.sql("select f.*, (" + OPEN + " and due_on < :today) as overdue from portal.feedback f"
                        + " where id = :id").param("id", feedbackId).param("today", today)
                .query(FeedbackQueries::view).optional();
    }

    Optional<Long> photoFileId(long feedbackId) {
        return jdbc.sql("select photo_file_id from portal.feedback where id = :id and photo_file_id is not null")
                .param("id", feedbackId).query(Long.class).optional();
    }

    /**
     * The feedback whose code and check code are given, as its sender follows it; a wrong pair answers nothing,
     * whichever part was wrong, and the check code is compared in constant time.
     */
    Optional<TrackedFeedback> track(@Nullable String code, @Nullable String checkCode) {
        String given = normalise(code);
        String check = normalise(checkCode);
        if (given.isEmpty() || check.isEmpty() || given.length() > MAX_INPUT || check.length() > MAX_INPUT) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, TrackedFeedback>> found = jdbc.sql("""
                select code, check_code, subject_title, received_on, due_on, status, rejection, answer, published_on
                  from portal.feedback where code = :code
                """).param("code", given).query((rs, n) -> Map.entry(rs.getString("check_code"), tracked(rs)))
                .optional();
        byte[] expected = found.map(f -> f.getKey().getBytes(StandardCharsets.US_ASCII)).orElse(NO_CHECK);
        boolean matches = MessageDigest.isEqual(expected, check.getBytes(StandardCharsets.US_ASCII));
        return found.isPresent() && matches ? Optional.of(found.get().getValue()) : Optional.empty();
    }

    /** The published answers about an item or a need, the latest first. */
    List<PublishedAnswer> publishedAnswers(SubjectKind kind, long subjectId) {
        return jdbc.sql("""
                select code, received_on, published_on, answer from portal.feedback
                 where subject_kind = :kind and subject_id = :id and status = 'PUBLISHED'
                 order by published_on desc, id desc limit 50
                """).param("kind", kind.name()).param("id", subjectId).query((rs, n) -> new PublishedAnswer(
                        rs.getString("code"), rs.getObject("received_on", LocalDate.class),
                        rs.getObject("published_on", LocalDate.class), rs.getString("answer"))).list();
    }

    /** How many are overdue: all of them, or those assigned to one agency. */
    long overdue(OptionalLong agency, LocalDate today) {
        return jdbc.sql("select count(*) from portal.feedback where " + OPEN + " and due_on < :today"
                        + " and (cast(:agency as bigint) is null or agency_id = :agency)")
                .param("today", today).param("agency", agency.isPresent() ? agency.getAsLong() : null)
                .query(Long.class).single();
    }

    /** How many wait for the focal point's triage. */
    long toTriage() {
        return jdbc.sql("select count(*) from portal.feedback where status = 'RECEIVED'").query(Long.class).single();
    }

    /** The open feedback past its due date, for the daily notices. */
    List<FeedbackRow> overdueRows(LocalDate today) {
        return list(new FeedbackFilter(null, true, null, null), OptionalLong.empty(), today);
    }

    private static TrackedFeedback tracked(ResultSet rs) throws SQLException {
        String rejection = rs.getString("rejection");
        FeedbackStatus status = FeedbackStatus.valueOf(rs.getString("status"));
        return new TrackedFeedback(rs.getString("code"), rs.getString("subject_title"),
                rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                status.publicStage(), rejection == null ? null : Rejection.valueOf(rejection),
                status == FeedbackStatus.PUBLISHED ? rs.getString("answer") : null,
                rs.getObject("published_on", LocalDate.class));
    }

    private static FeedbackRow row(ResultSet rs, int n) throws SQLException {
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency;
        return new FeedbackRow(rs.getLong("id"), rs.getString("code"),
                SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
                rs.getString("subject_title"), FeedbackStatus.valueOf(rs.getString("status")),
                rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), agencyId,
                null, rs.getBoolean("overdue"));
    }

    private static FeedbackView view(ResultSet rs, int n) throws SQLException {
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency;
        String rejection = rs.getString("rejection");
        OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
        return new FeedbackView(rs.getLong("id"), rs.getLong("version"), rs.getString("code"),
                SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
                rs.getString("subject_title"), rs.getBoolean("anonymous"), rs.getString("sender_name"),
                rs.getString("sender_contact"), rs.getString("message"), rs.getObject("photo_file_id") != null,
                FeedbackStatus.valueOf(rs.getString("status")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getBoolean("overdue"), rejection == null ? null : Rejection.valueOf(rejection),
                rs.getString("reject_note"), agencyId, null, rs.getString("answer"), rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getObject("published_on", LocalDate.class),
                rs.getString("published_by"));
    }

    private static String normalise(@Nullable String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
