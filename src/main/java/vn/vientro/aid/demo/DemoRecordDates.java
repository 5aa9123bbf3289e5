package vn.vientro.aid.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.platform.Actor;

/**
 * Dates the records a demo item gathered on its way (its files, the approved version, the decision, the money, the
 * results reports) by the moves of its spread timeline, so a file of an item approved in 2024 is not dated today. Only
 * the aid module's own tables, and not the item's row itself (its history would show the demo's own touch-ups): the
 * audit trail keeps the day the demo was loaded, as an append-only trail must. A store that stays SQL: backdating is what no domain method may do (a record is stamped when it is made).
 */
@Component
@Profile("demo")
class DemoRecordDates {

    private static final String ZONE = "'Asia/Ho_Chi_Minh'";

    private final JdbcClient jdbc;

    DemoRecordDates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void date(long itemId) {
        for (String statement : new String[] {
            // the appraisal report just before the conclusion, every other paper the day before the submission
            "update aid.dossier_document d set uploaded_at = coalesce("
                + "(select t.occurred_at - interval '2 hours' from aid.transition t where t.aid_item = d.aid_item"
                + " and t.action = 'CONCLUDE_APPRAISAL' and d.document_type = 'APPRAISAL_REPORT' order by t.id limit 1),"
                + " (select t.occurred_at - interval '1 day' from aid.transition t where t.aid_item = d.aid_item"
                + " and t.action = 'SUBMIT' order by t.id limit 1), d.uploaded_at)"
                + " where d.aid_item = :id",
            "update aid.stored_file f set stored_at = d.uploaded_at from aid.dossier_document d"
                + " where d.stored_file = f.id and d.aid_item = :id",
            "update aid.item_version v set taken_at = t.occurred_at + interval '5 minutes' from aid.transition t"
                + " where v.aid_item = :id and v.cause = 'APPROVAL' and t.aid_item = v.aid_item and t.action = 'APPROVE'",
            "update aid.decision set recorded_at = (signed_on + time '16:00') at time zone " + ZONE
                + " where aid_item = :id",
            "update aid.money_transaction set recorded_at = (least(value_date, current_date) + time '15:00')"
                + " at time zone " + ZONE + " where aid_item = :id",
            "update aid.indicator_period set reported_at = (least(report_due, current_date) - 3 + time '10:00')"
                + " at time zone " + ZONE + " where aid_item = :id and reported_at is not null"}) {
            Actor.runAs("system:demo", () -> jdbc.sql(statement).param("id", itemId).update());
        }
    }
}
