package vn.vientro.aid.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.AidStatus;

/**
 * Reads opinion requests. The confidentiality filter is part of every statement: without {@code secrets} a
 * confidential row is neither selected nor is its sealed content joined.
 */
@Component
public class OpinionRequestQueries {

    private static final String SELECT = """
            select o.id, o.version, o.aid_item, i.code as item_code, i.name_vi as item_name, i.status as item_status,
                   o.agency_id, o.agency_name, o.topic, o.confidential,
                   coalesce(s.question, o.question) as question, coalesce(s.answer, o.answer) as answer,
                   coalesce(s.answer_text, o.answer_text) as answer_text,
                   coalesce(s.answer_file_id, o.answer_file_id) as answer_file_id,
                   o.asked_on, o.due_on, o.asked_by, o.answered_on, o.answered_by, o.withdrawn_on, o.withdrawn_by
              from aid.opinion_request o
              join aid.aid_item i on i.id = o.aid_item
              left join aid.sealed_opinion s on s.opinion_request = o.id and o.confidential and :secrets
            """;
    private static final String PENDING = "o.answered_on is null and o.withdrawn_on is null "
            + "and i.status = 'UNDER_APPRAISAL'";

    private final JdbcClient jdbc;
    private final AidRules rules;
    private final Clock clock;

    OpinionRequestQueries(JdbcClient jdbc, AidRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    /** Who was asked and whether it is confidential, for {@code AidPolicy}; never the content. */
    public Optional<OpinionFacts> facts(long itemId, long opinionId) {
        return jdbc.sql("select agency_id, confidential from aid.opinion_request where id = :id and aid_item = :item")
                .param("id", opinionId).param("item", itemId)
                .query((rs, n) -> new OpinionFacts(rs.getLong("agency_id"), rs.getBoolean("confidential")))
                .optional();
    }

    /** An item's requests: all of them ({@code allOfItem}) or those asked of one agency; withdrawn ones last. */
    List<OpinionRequestView> ofItem(long itemId, boolean secrets, boolean allOfItem, long agencyId) {
        return jdbc.sql(SELECT + """
                 where o.aid_item = :item and (not o.confidential or :secrets) and (:all or o.agency_id = :agency)
                 order by o.withdrawn_on is not null, o.id
                """).param("item", itemId).param("secrets", secrets).param("all", allOfItem)
                .param("agency", agencyId).query(this::row).list();
    }

    /** One request whatever its confidentiality, for the service to decide; sealed content only with {@code secrets}. */
    Optional<OpinionRequestView> find(long itemId, long opinionId, boolean secrets) {
        return jdbc.sql(SELECT + " where o.id = :id and o.aid_item = :item").param("id", opinionId)
                .param("item", itemId).param("secrets", secrets).query(this::row).optional();
    }

    /** The requests asked of an agency (the inbox): awaited first by due date, then the answered, newest first. */
    List<OpinionRequestView> ofAgency(long agencyId, boolean secrets, int limit) {
        return jdbc.sql(SELECT + " where o.agency_id = :agency and (not o.confidential or :secrets) "
                        + "and o.withdrawn_on is null order by (" + PENDING + ") desc, "
                        + "case when " + PENDING + " then o.due_on end, o.answered_on desc nulls last, o.id desc "
                        + "limit :limit")
                .param("agency", agencyId).param("secrets", secrets).param("limit", limit)
                .query(this::row).list();
    }

    /** How many requests an agency has still to answer, and how many of them are overdue. */
    Figure pendingOf(long agencyId, boolean secrets) {
        return jdbc.sql("select count(*) as open, count(*) filter (where o.due_on < :today) as overdue "
                        + "from aid.opinion_request o join aid.aid_item i on i.id = o.aid_item "
                        + "where o.agency_id = :agency and (not o.confidential or :secrets) and " + PENDING)
                .param("agency", agencyId).param("secrets", secrets).param("today", LocalDate.now(clock))
                .query((rs, n) -> new Figure(rs.getLong("open"), rs.getLong("overdue"))).single();
    }

    boolean askedOf(long itemId, long agencyId, boolean secrets) {
        return jdbc.sql("select exists (select 1 from aid.opinion_request o where o.aid_item = :item "
                        + "and o.agency_id = :agency and (not o.confidential or :secrets))")
                .param("item", itemId).param("agency", agencyId).param("secrets", secrets)
                .query(Boolean.class).single();
    }

    /** Agencies with a live (not withdrawn) request on the item, with its topic: they are not proposed again. */
    List<AskedAgency> asked(long itemId) {
        return jdbc.sql("select agency_id, topic from aid.opinion_request where aid_item = :item "
                        + "and withdrawn_on is null").param("item", itemId)
                .query((rs, n) -> new AskedAgency(rs.getLong("agency_id"), OpinionTopic.valueOf(rs.getString("topic"))))
                .list();
    }

    /** The agencies with a live confidential request on the item: their identity only, never what they said. */
    List<Long> sealedAgencies(long itemId) {
        return jdbc.sql("select distinct agency_id from aid.opinion_request where aid_item = :item and confidential "
                        + "and withdrawn_on is null order by agency_id").param("item", itemId).query(Long.class).list();
    }

    /** The live requests of an item as the appraisal guard weighs them. */
    List<OpinionTally.Row> tally(long itemId) {
        return jdbc.sql("select agency_name, due_on, answered_on is not null as answered from aid.opinion_request "
                        + "where aid_item = :item and withdrawn_on is null order by id")
                .param("item", itemId)
                .query((rs, n) -> new OpinionTally.Row(rs.getString("agency_name"),
                        rs.getObject("due_on", LocalDate.class), rs.getBoolean("answered")))
                .list();
    }

    /** The requests still awaited past their due date on items under appraisal whose lead was not told yet. */
    List<Long> overdueUnnoticed(LocalDate today) {
        return jdbc.sql("""
                select o.id from aid.opinion_request o join aid.aid_item i on i.id = o.aid_item
                 where i.status = 'UNDER_APPRAISAL' and o.answered_on is null and o.withdrawn_on is null
                   and o.overdue_noticed_on is null and o.due_on < :today
                 order by o.id
                """).param("today", today).query(Long.class).list();
    }

    /**
     * The agencies let in to read an item by a consultation no ordinary request stands behind any more.
     *
     * @param itemId one item, or {@code null} for every item
     */
    List<Consulted> consultedWithoutRequest(@Nullable Long itemId) {
        return jdbc.sql("""
                select a.aid_item, a.agency_id from aid.item_agency a
                 where a.reason = 'CONSULTED' and (cast(:item as bigint) is null or a.aid_item = :item)
                   and not exists (select 1 from aid.opinion_request o
                                    where o.aid_item = a.aid_item and o.agency_id = a.agency_id
                                      and o.withdrawn_on is null and not o.confidential)
                """).param("item", itemId, java.sql.Types.BIGINT)
                .query((rs, n) -> new Consulted(rs.getLong("aid_item"), rs.getLong("agency_id"))).list();
    }

    record Figure(long open, long overdue) {
    }

    record Consulted(long itemId, long agencyId) {
    }

    record AskedAgency(long agencyId, OpinionTopic topic) {
    }

    private OpinionRequestView row(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate answeredOn = rs.getObject("answered_on", LocalDate.class);
        LocalDate withdrawnOn = rs.getObject("withdrawn_on", LocalDate.class);
        AidStatus itemStatus = AidStatus.valueOf(rs.getString("item_status"));
        boolean overdue = answeredOn == null && withdrawnOn == null && itemStatus == AidStatus.UNDER_APPRAISAL
                && LocalDate.now(clock).isAfter(due);
        long fileId = rs.getLong("answer_file_id");
        Long answerFileId = rs.wasNull() ? null : fileId;
        return new OpinionRequestView(rs.getLong("id"), rs.getLong("version"), rs.getLong("aid_item"),
                rs.getString("item_code"), rs.getString("item_name"), itemStatus, rs.getLong("agency_id"),
                rs.getString("agency_name"), OpinionTopic.valueOf(rs.getString("topic")),
                rs.getBoolean("confidential"), rs.getString("question"), rs.getObject("asked_on", LocalDate.class),
                due, rs.getString("asked_by"), answer(rs.getString("answer")), rs.getString("answer_text"),
                answerFileId, answeredOn, rs.getString("answered_by"), withdrawnOn, rs.getString("withdrawn_by"),
                overdue, overdue && rules.silenceMeansConsent());
    }

    private static @Nullable OpinionAnswer answer(@Nullable String value) {
        return value == null ? null : OpinionAnswer.valueOf(value);
    }
}
