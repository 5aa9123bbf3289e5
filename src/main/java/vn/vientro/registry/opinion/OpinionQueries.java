package vn.vientro.registry.opinion;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.registry.permit.RegistryRules;

/**
 * Read models of the province's opinions on NGO applications. The confidentiality filter is part of every statement
 * that reads inputs: outside {@link InputScope#secrets()} a confidential input is neither selected nor is its sealed
 * answer joined.
 */
@Component
@Transactional(readOnly = true)
public class OpinionQueries {

    private static final String OPINIONS = """
            select p.*, coalesce(o.name_vi, o.name_en, o.name_original) as organisation_name
              from registry.permit_opinion p join registry.organisation o on o.id = p.organisation
            """;
    private static final String INPUTS = """
            select i.id, i.opinion, i.agency_id, i.agency_name, i.asked_on, i.due_on, i.confidential,
                   coalesce(s.answer, i.answer) as answer, coalesce(s.answer_text, i.answer_text) as answer_text,
                   i.answered_on, i.recorded_by
              from registry.permit_opinion_input i
              left join registry.sealed_input s on s.input = i.id and i.confidential and :secrets
             where i.opinion in (:ids) and (not i.confidential or :secrets) and (:all or i.agency_id = :agency)
             order by i.id
            """;

    private final JdbcClient jdbc;
    private final RegistryRules rules;
    private final Clock clock;

    OpinionQueries(JdbcClient jdbc, RegistryRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    Optional<PermitOpinionView> find(long id, InputScope scope) {
        return list(OPINIONS + " where p.id = :id", Map.of("id", id), scope).stream().findFirst();
    }

    /** Whether the opinion asks the agency for its input; empty when there is no such opinion. */
    public Optional<Boolean> consults(long opinionId, long agencyId) {
        return jdbc.sql("""
                select exists (select 1 from registry.permit_opinion_input i where i.opinion = p.id
                                  and i.agency_id = :agency)
                  from registry.permit_opinion p where p.id = :id
                """).param("id", opinionId).param("agency", agencyId).query(Boolean.class).optional();
    }

    /** Which agency an input was asked of and whether it is confidential, never its answer; empty when none. */
    public Optional<InputFacts> inputFacts(long opinionId, long inputId) {
        return jdbc.sql("select agency_id, confidential from registry.permit_opinion_input "
                        + "where id = :input and opinion = :opinion")
                .param("input", inputId).param("opinion", opinionId)
                .query((rs, row) -> new InputFacts(rs.getLong("agency_id"), rs.getBoolean("confidential")))
                .optional();
    }

    /** Opinions, open ones first by due date; only those asking {@code agencyId} when given. */
    List<PermitOpinionView> list(boolean openOnly, @Nullable Long agencyId, InputScope scope) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (openOnly) {
            where.add("p.status = 'OPEN'");
        }
        if (agencyId != null) {
            where.add("exists (select 1 from registry.permit_opinion_input i where i.opinion = p.id and i.agency_id = :agency)");
            params.put("agency", agencyId);
        }
        return list(OPINIONS + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by (p.status = 'OPEN') desc, p.due_on, p.id", params, scope);
    }

    private List<PermitOpinionView> list(String sql, Map<String, Object> params, InputScope scope) {
        LocalDate today = LocalDate.now(clock);
        List<PermitOpinionView> opinions = jdbc.sql(sql).params(params).query((rs, row) -> opinion(rs)).list();
        if (opinions.isEmpty()) {
            return opinions;
        }
        Map<Long, List<PermitOpinionView.Input>> inputs = new HashMap<>();
        jdbc.sql(INPUTS).param("ids", opinions.stream().map(PermitOpinionView::id).toList())
                .param("secrets", scope.secrets()).param("all", scope.all()).param("agency", scope.agency())
                .query(rs -> {
                    inputs.computeIfAbsent(rs.getLong("opinion"), id -> new ArrayList<>()).add(input(rs, today));
                });
        return opinions.stream().map(o -> new PermitOpinionView(o.id(), o.version(), o.organisationId(),
                o.organisationName(), o.application(), o.ministryReference(), o.receivedOn(), o.dueOn(), o.status(),
                o.conclusion(), o.conclusionText(), o.replyReference(), o.sentOn(),
                List.copyOf(inputs.getOrDefault(o.id(), List.of())))).toList();
    }

    private static PermitOpinionView opinion(ResultSet rs) throws SQLException {
        String conclusion = rs.getString("conclusion");
        return new PermitOpinionView(rs.getLong("id"), rs.getLong("version"), rs.getLong("organisation"),
                rs.getString("organisation_name"), rs.getString("application"), rs.getString("ministry_reference"),
                rs.getDate("received_on").toLocalDate(), rs.getDate("due_on").toLocalDate(), rs.getString("status"),
                conclusion == null ? null : OpinionAnswer.valueOf(conclusion), rs.getString("conclusion_text"),
                rs.getString("reply_reference"), date(rs.getDate("sent_on")), List.of());
    }

    private PermitOpinionView.Input input(ResultSet rs, LocalDate today) throws SQLException {
        String answer = rs.getString("answer");
        LocalDate due = rs.getDate("due_on").toLocalDate();
        boolean overdue = rs.getDate("answered_on") == null && today.isAfter(due);
        return new PermitOpinionView.Input(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
                rs.getDate("asked_on").toLocalDate(), due, rs.getBoolean("confidential"),
                answer == null ? null : OpinionAnswer.valueOf(answer), rs.getString("answer_text"),
                date(rs.getDate("answered_on")), rs.getString("recorded_by"), overdue,
                overdue && rules.opinion().silenceMeansConsent());
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
