package vn.vientro.monitoring.chasing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.monitoring.ChaseStage;

/**
 * Which chasing stages were sent, so each is sent once per duty and due date. SQL, not an aggregate: a technical
 * ledger whose one rule, taken once, the insert that does nothing on a conflict holds even when two nodes run the
 * daily job at once.
 */
@Component
class ChaseLedger {

    private final JdbcClient jdbc;

    ChaseLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stages already sent, by duty, for the current due date of each report still owed and due by the day: what
     * the daily job need not try again. (Taking a stage stays the rule; this spares the attempts that would fail.)
     */
    Map<Long, Set<ChaseStage>> sentUntil(LocalDate dueUntil) {
        Map<Long, Set<ChaseStage>> sent = new HashMap<>();
        jdbc.sql("""
                select c.duty_id, c.stage
                  from monitoring.chase_sent c
                  join monitoring.report_duty d on d.id = c.duty_id and d.due_on = c.due_on
                 where d.submitted_on is null and d.due_on <= :until
                """).param("until", dueUntil).query(rs -> {
                    sent.computeIfAbsent(rs.getLong("duty_id"), duty -> EnumSet.noneOf(ChaseStage.class))
                            .add(ChaseStage.valueOf(rs.getString("stage")));
                });
        return sent;
    }

    /** Takes the stage; false when it was taken before. */
    boolean take(long dutyId, ChaseStage stage, LocalDate dueOn, LocalDate today) {
        return jdbc.sql("""
                insert into monitoring.chase_sent (duty_id, stage, due_on, sent_on) values (:duty, :stage, :due, :today)
                on conflict do nothing
                """).param("duty", dutyId).param("stage", stage.name()).param("due", dueOn).param("today", today)
                .update() == 1;
    }

    /** Takes the stage of a foreign NGO's duty; false when it was taken before. */
    boolean takeNgo(long organisationId, String kind, ChaseStage stage, LocalDate dueOn, LocalDate today) {
        return jdbc.sql("""
                insert into monitoring.ngo_chase_sent (organisation_id, kind, due_on, stage, sent_on)
                values (:organisation, :kind, :due, :stage, :today)
                on conflict do nothing
                """).param("organisation", organisationId).param("kind", kind).param("due", dueOn)
                .param("stage", stage.name()).param("today", today).update() == 1;
    }
}
