package vn.vientro.monitoring.chasing;

import java.time.LocalDate;
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

    /** Takes the stage; false when it was taken before. */
    boolean take(long dutyId, ChaseStage stage, LocalDate dueOn, LocalDate today) {
        return jdbc.sql("""
                insert into monitoring.chase_sent (duty_id, stage, due_on, sent_on) values (:duty, :stage, :due, :today)
                on conflict do nothing
                """).param("duty", dutyId).param("stage", stage.name()).param("due", dueOn).param("today", today)
                .update() == 1;
    }
}
