package vn.vientro.registry.permit;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.registry.PermitKind;

/** Read models of registration papers and their history. */
@Component
@Transactional(readOnly = true)
public class PermitQueries {

    private static final String VIEW = """
            select p.*, coalesce(o.name_vi, o.name_en, o.name_original) as organisation_name,
                   case when p.status = 'VALID' and p.valid_until < :today then 'EXPIRED' else p.status end as effective
              from registry.permit p join registry.organisation o on o.id = p.organisation
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    PermitQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<PermitView> find(long id) {
        return jdbc.sql(VIEW + " where p.id = :id").param("today", today()).param("id", id).query(this::view).optional();
    }

    public List<PermitView> ofOrganisation(long organisationId) {
        return jdbc.sql(VIEW + " where p.organisation = :org order by p.valid_until desc, p.id desc")
                .param("today", today()).param("org", organisationId).query(this::view).list();
    }

    /** Valid papers ending within {@code days} days from today (and not yet ended), soonest first. */
    public List<PermitView> expiringWithin(int days) {
        return jdbc.sql(VIEW + " where p.status = 'VALID' and p.valid_until between :today and :until "
                        + "order by p.valid_until, p.id")
                .param("today", today()).param("until", today().plusDays(days)).query(this::view).list();
    }

    /** Papers whose implementation plan is past due and not received. */
    public List<PermitView> planOverdue() {
        return jdbc.sql(VIEW + " where p.status = 'VALID' and p.plan_received_on is null and p.plan_due_on < :today "
                        + "order by p.plan_due_on, p.id")
                .param("today", today()).query(this::view).list();
    }

    public boolean numberTaken(PermitKind kind, String number, @Nullable Long except) {
        return jdbc.sql("select exists(select 1 from registry.permit where kind = :kind and upper(number) = upper(:number) "
                        + "and id is distinct from cast(:except as bigint))")
                .param("kind", kind.name()).param("number", number.trim()).param("except", except)
                .query(Boolean.class).single();
    }

    public List<PermitEvent> events(long permitId) {
        return jdbc.sql("""
                select action, decision_number, decision_date, valid_until_before, valid_until_after, note, actor,
                       occurred_at from registry.permit_event where permit = :id order by id desc
                """).param("id", permitId).query(PermitEvent.class).list();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private PermitView view(ResultSet rs, int row) throws SQLException {
        LocalDate until = rs.getDate("valid_until").toLocalDate();
        return new PermitView(rs.getLong("id"), rs.getLong("version"), rs.getLong("organisation"),
                rs.getString("organisation_name"), PermitKind.valueOf(rs.getString("kind")), rs.getString("number"),
                rs.getString("issuing_body"), rs.getDate("issued_on").toLocalDate(),
                rs.getDate("valid_from").toLocalDate(), until, rs.getString("scope_areas"),
                strings(rs.getArray("scope_communes")), rs.getString("scope_fields"),
                PermitStatus.valueOf(rs.getString("status")), rs.getString("effective"), date(rs.getDate("plan_due_on")),
                date(rs.getDate("plan_received_on")), PermitView.daysBetween(today(), until));
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** One recorded decision or event on a paper. */
    public record PermitEvent(String action, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
                              @Nullable LocalDate validUntilBefore, @Nullable LocalDate validUntilAfter,
                              @Nullable String note, String actor, java.time.Instant occurredAt) {
    }
}
