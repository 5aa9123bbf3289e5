package vn.vientro.identity.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sign-in throttles as administrators read them: those blocking now first, then the most recent. */
@Component
class ThrottleQueries {

    /** Enough to see an attack for what it is; the rest waits for the next page load. */
    private static final int SHOWN = 500;

    private final JdbcClient jdbc;

    ThrottleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A throttle, whether it makes attempts wait now, and for a trusted browser the account it belongs to. */
    record ThrottleRow(long id, ThrottleScope scope, String subject, @Nullable String deviceOwner, int failures,
                       Instant lastFailureAt, @Nullable Instant blockedUntil, boolean blocking) {
    }

    List<ThrottleRow> current(Instant now, Instant quietBefore) {
        return jdbc.sql("""
                select t.id, t.scope, t.subject, u.username as device_owner, t.failures, t.last_failure_at,
                       t.blocked_until, coalesce(t.blocked_until > :now, false) as blocking
                  from identity.sign_in_throttle t
                  left join identity.trusted_device d on t.scope = 'DEVICE' and d.id::text = t.subject
                  left join identity.user_account u on u.id = d.user_account
                 where t.failures > 0 and t.last_failure_at >= :quietBefore
                 order by blocking desc, t.last_failure_at desc, t.id desc
                 limit :shown
                """).param("now", now.atOffset(ZoneOffset.UTC))
                .param("quietBefore", quietBefore.atOffset(ZoneOffset.UTC)).param("shown", SHOWN)
                .query(ThrottleQueries::row).list();
    }

    private static ThrottleRow row(ResultSet rs, int row) throws SQLException {
        OffsetDateTime blockedUntil = rs.getObject("blocked_until", OffsetDateTime.class);
        return new ThrottleRow(rs.getLong("id"), ThrottleScope.valueOf(rs.getString("scope")), rs.getString("subject"),
                rs.getString("device_owner"), rs.getInt("failures"),
                rs.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
                blockedUntil == null ? null : blockedUntil.toInstant(), rs.getBoolean("blocking"));
    }
}
