package vn.vientro.monitoring.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads evaluations for the list, one evaluation's page, the items one may evaluate and the parties of one. */
@Component
@Transactional(readOnly = true)
public class EvaluationQueries {

    private static final String FILTER = """
             where (cast(:item as bigint) is null or e.aid_item_id = :item)
               and (cast(:kind as text) is null or e.kind = :kind)
               and (cast(:owner as bigint) is null or :owner in (e.owner_agency_id, e.managing_agency_id))
               and (cast(:scope as bigint) is null or :scope in (e.owner_agency_id, e.managing_agency_id))
            """;

    private final JdbcClient jdbc;

    EvaluationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The evaluations the filter selects, newest first, within the agency's items if a scope is given. */
    EvaluationPage list(EvaluationFilter filter, OptionalLong scope) {
        Long agency = scope.isPresent() ? scope.getAsLong() : null;
        long total = jdbc.sql("select count(*) from monitoring.evaluation e" + FILTER)
                .params(parameters(filter, agency)).query(Long.class).single();
        List<EvaluationRow> rows = jdbc.sql("""
                select e.*, (select round(avg(case r.rating when 'HIGHLY_SATISFACTORY' then 4
                                                            when 'SATISFACTORY' then 3
                                                            when 'UNSATISFACTORY' then 2
                                                            when 'HIGHLY_UNSATISFACTORY' then 1 end), 1)
                               from monitoring.evaluation_rating r where r.evaluation_id = e.id) as average_score
                  from monitoring.evaluation e""" + FILTER + """
                 order by e.evaluated_on desc, e.id desc limit :size offset :offset
                """).params(parameters(filter, agency)).param("size", filter.size()).param("offset", filter.offset())
                .query(EvaluationQueries::row).list();
        int pageCount = (int) Math.min(Integer.MAX_VALUE, (total + filter.size() - 1) / filter.size());
        return new EvaluationPage(rows, total, filter.page(), pageCount);
    }

    private static Map<String, @Nullable Object> parameters(EvaluationFilter filter, @Nullable Long scope) {
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("item", filter.item());
        parameters.put("kind", filter.kind() == null ? null : filter.kind().name());
        parameters.put("owner", filter.owner());
        parameters.put("scope", scope);
        return parameters;
    }

    /** One evaluation with every criterion in order, those not judged blank. */
    public Optional<EvaluationView> find(long evaluationId) {
        Map<Criterion, CriterionRating> rated = new EnumMap<>(Criterion.class);
        jdbc.sql("select * from monitoring.evaluation_rating where evaluation_id = :id").param("id", evaluationId)
                .query(EvaluationQueries::rating).list().forEach(rating -> rated.put(rating.criterion(), rating));
        List<CriterionRating> ratings = Arrays.stream(Criterion.values())
                .map(criterion -> rated.getOrDefault(criterion, new CriterionRating(criterion, null, ""))).toList();
        return jdbc.sql("select * from monitoring.evaluation where id = :id").param("id", evaluationId)
                .query((rs, n) -> view(rs, ratings)).optional();
    }

    /** The item and parties an evaluation concerns, for who may read or change it. */
    public Optional<EvaluationParties> parties(long evaluationId) {
        return jdbc.sql("""
                select id, aid_item_id, owner_agency_id, managing_agency_id from monitoring.evaluation where id = :id
                """).param("id", evaluationId).query((rs, n) -> new EvaluationParties(rs.getLong("id"),
                        rs.getLong("aid_item_id"), rs.getLong("owner_agency_id"), rs.getLong("managing_agency_id")))
                .optional();
    }

    /**
     * The approved items that have reporting duties (the items under monitoring), by code; of the agency's own items
     * only if one is given.
     */
    List<ItemChoice> items(OptionalLong ownedBy) {
        return jdbc.sql("""
                select distinct on (item_code) aid_item_id, item_code, item_name_vi, item_name_en
                  from monitoring.report_duty
                 where cast(:owner as bigint) is null or owner_agency_id = :owner
                 order by item_code, aid_item_id
                """).param("owner", ownedBy.isPresent() ? ownedBy.getAsLong() : null)
                .query((rs, n) -> new ItemChoice(rs.getLong("aid_item_id"), rs.getString("item_code"),
                        rs.getString("item_name_vi"), rs.getString("item_name_en"))).list();
    }

    /** Every evaluation's number, for re-indexing them all. */
    List<Long> ids() {
        return jdbc.sql("select id from monitoring.evaluation order by id").query(Long.class).list();
    }

    private static EvaluationRow row(ResultSet rs, int n) throws SQLException {
        return new EvaluationRow(rs.getLong("id"), rs.getLong("aid_item_id"), rs.getString("item_code"),
                rs.getString("item_name_vi"), rs.getString("item_name_en"),
                EvaluationKind.valueOf(rs.getString("kind")), rs.getString("evaluator"),
                rs.getObject("evaluated_on", LocalDate.class), rs.getBigDecimal("average_score"),
                rs.getObject("report_file_id") != null, rs.getLong("owner_agency_id"));
    }

    private static CriterionRating rating(ResultSet rs, int n) throws SQLException {
        String rating = rs.getString("rating");
        return new CriterionRating(Criterion.valueOf(rs.getString("criterion")),
                rating == null ? null : Rating.valueOf(rating), rs.getString("comment"));
    }

    private static EvaluationView view(ResultSet rs, List<CriterionRating> ratings) throws SQLException {
        Instant updatedAt = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
        return new EvaluationView(rs.getLong("id"), rs.getLong("version"), rs.getLong("aid_item_id"),
                rs.getString("item_code"), rs.getString("item_name_vi"), rs.getString("item_name_en"),
                rs.getLong("owner_agency_id"), rs.getLong("managing_agency_id"),
                EvaluationKind.valueOf(rs.getString("kind")), rs.getString("evaluator"),
                rs.getObject("evaluated_on", LocalDate.class), rs.getString("lessons"), ratings,
                rs.getString("report_file_name"), rs.getString("updated_by"), updatedAt);
    }
}
