package vn.vientro.aid.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.platform.Actor;

/** Writes and reads the timeline of moves and the decisions taken on items. */
@Component
class LifecycleRecords {

    private static final Map<AidAction, String> DECISIONS = Map.of(
            AidAction.APPROVE, "APPROVAL", AidAction.REFUSE, "REFUSAL", AidAction.APPROVE_AMENDMENT, "AMENDMENT",
            AidAction.SUSPEND, "SUSPENSION", AidAction.RESUME, "RESUMPTION", AidAction.TERMINATE, "TERMINATION");

    private final JdbcClient jdbc;
    private final AidRules rules;

    LifecycleRecords(JdbcClient jdbc, AidRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    void transition(AidItemRecord item, AidAction action, TransitionCommand command) {
        jdbc.sql("""
                insert into aid.transition (aid_item, action, from_status, to_status, reason, recommendation,
                                            reference_number, reference_date, actor)
                values (:item, :action, :from, :to, :reason, :recommendation, :number, :date, :actor)
                """).param("item", item.id()).param("action", action.name()).param("from", item.status().name())
                .param("to", action.to().name()).param("reason", command.reason())
                .param("recommendation", command.recommendation())
                .param("number", command.referenceNumber()).param("date", command.referenceDate())
                .param("actor", Actor.current()).update();
    }

    void decisionIfAny(AidItemRecord item, AidAction action, TransitionCommand command, LocalDate on) {
        Optional.ofNullable(DECISIONS.get(action)).ifPresent(kind -> jdbc.sql("""
                insert into aid.decision (aid_item, kind, number, signed_on, signer, authority, legal_basis, reason,
                                          override_reason, recorded_by)
                values (:item, :kind, :number, :signed, :signer, :authority, :basis, :reason, :override, :by)
                """).param("item", item.id()).param("kind", kind).param("number", command.referenceNumber())
                .param("signed", on).param("signer", command.signer())
                .param("authority", authority(item)).param("basis", rules.legalBasisOn(on, item.kind()).name())
                .param("reason", command.reason()).param("override", command.overrideReason())
                .param("by", Actor.current()).update());
    }

    /** @return whether the item has that decision */
    boolean attachScan(long itemId, long decisionId, long scanFileId) {
        return jdbc.sql("update aid.decision set scan_file_id = :file where id = :id and aid_item = :item")
                .param("file", scanFileId).param("id", decisionId).param("item", itemId).update() == 1;
    }

    private String authority(AidItemRecord item) {
        List<String> sectors = jdbc.sql("select sector_code from aid.aid_item_sector where aid_item = :id")
                .param("id", item.id()).query(String.class).list();
        return rules.authorityFor(item.kind(), item.fields().priorityField(), sectors.stream().collect(Collectors.toSet()),
                item.totalUsd()).nameVi();
    }

    List<TimelineEntry> timeline(long itemId) {
        return jdbc.sql("""
                select id, action, from_status, to_status, reason, recommendation, reference_number, reference_date,
                       actor, occurred_at
                  from aid.transition where aid_item = :id order by id
                """).param("id", itemId).query(TimelineEntry.class).list();
    }

    List<DecisionView> decisions(long itemId) {
        return jdbc.sql("""
                select id, kind, number, signed_on, signer, authority, legal_basis, reason, override_reason,
                       scan_file_id, recorded_by, recorded_at
                  from aid.decision where aid_item = :id order by id
                """).param("id", itemId).query(DecisionView.class).list();
    }
}
