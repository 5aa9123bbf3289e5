package vn.vientro.registry;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration papers in force that expire within a stretch of days, for calendars. No access check: the caller
 * applies {@link RegistryPolicy#readsPermits()} for its reader.
 */
@Component
@Transactional(readOnly = true)
public class PermitExpiryQueries {

    private final JdbcClient jdbc;

    PermitExpiryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Valid or suspended papers whose last valid day is between the two days, by that day. */
    public List<PermitExpiry> between(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select p.id, p.kind, p.number, p.valid_until, coalesce(o.name_vi, o.name_en, o.name_original) as name
                  from registry.permit p join registry.organisation o on o.id = p.organisation
                 where p.status in ('VALID', 'SUSPENDED') and p.valid_until between :from and :to
                 order by p.valid_until, p.id limit :limit
                """).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new PermitExpiry(rs.getLong("id"), PermitKind.valueOf(rs.getString("kind")),
                        rs.getString("number"), rs.getString("name"), rs.getObject("valid_until", LocalDate.class)))
                .list();
    }

    /** How many papers {@link #between} would list without a limit: a dashboard's count, without reading them. */
    public long countBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from registry.permit p
                 where p.status in ('VALID', 'SUSPENDED') and p.valid_until between :from and :to
                """).param("from", from).param("to", to).query(Long.class).single();
    }
}
