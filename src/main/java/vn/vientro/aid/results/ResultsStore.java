package vn.vientro.aid.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.shared.DecimalText;

/**
 * Reads and writes the results framework's three tables. Every change names the version the user saw
 * ({@code where version = :expected}) and reports whether that row was still there to change.
 */
@Component
class ResultsStore {

    private final JdbcClient jdbc;

    ResultsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Result> results(long itemId) {
        return jdbc.sql("select * from aid.result where aid_item = :item order by position, id")
                .param("item", itemId).query(ResultsStore::result).list();
    }

    List<Indicator> indicators(long itemId) {
        return jdbc.sql("select * from aid.result_indicator where aid_item = :item order by position, id")
                .param("item", itemId).query(ResultsStore::indicator).list();
    }

    List<IndicatorPeriod> periods(long itemId) {
        return jdbc.sql("select * from aid.indicator_period where aid_item = :item order by period_start, id")
                .param("item", itemId).query(ResultsStore::period).list();
    }

    List<IndicatorPeriod> periodsOf(long indicatorId) {
        return jdbc.sql("select * from aid.indicator_period where indicator = :indicator order by period_start, id")
                .param("indicator", indicatorId).query(ResultsStore::period).list();
    }

    Optional<Result> result(long id) {
        return jdbc.sql("select * from aid.result where id = :id").param("id", id).query(ResultsStore::result)
                .optional();
    }

    Optional<Indicator> indicator(long id) {
        return jdbc.sql("select * from aid.result_indicator where id = :id").param("id", id)
                .query(ResultsStore::indicator).optional();
    }

    Optional<IndicatorPeriod> period(long id) {
        return jdbc.sql("select * from aid.indicator_period where id = :id").param("id", id)
                .query(ResultsStore::period).optional();
    }

    long insertResult(long itemId, ResultInput input) {
        return jdbc.sql("""
                insert into aid.result (aid_item, position, level, title_vi, title_en, description)
                values (:item, (select coalesce(max(position), 0) + 1 from aid.result where aid_item = :item),
                        :level, :titleVi, :titleEn, :description)
                returning id
                """).param("item", itemId).param("level", input.level().name()).param("titleVi", input.titleVi())
                .param("titleEn", input.titleEn()).param("description", input.description())
                .query(Long.class).single();
    }

    boolean updateResult(long id, long expected, ResultInput input) {
        return jdbc.sql("""
                update aid.result set version = version + 1, level = :level, title_vi = :titleVi,
                       title_en = :titleEn, description = :description
                 where id = :id and version = :expected
                """).param("id", id).param("expected", expected).param("level", input.level().name())
                .param("titleVi", input.titleVi()).param("titleEn", input.titleEn())
                .param("description", input.description()).update() == 1;
    }

    boolean deleteResult(long id, long expected) {
        return jdbc.sql("delete from aid.result where id = :id and version = :expected").param("id", id)
                .param("expected", expected).update() == 1;
    }

    long insertIndicator(Result result, IndicatorInput input) {
        return indicatorParams(jdbc.sql("""
                insert into aid.result_indicator (result, aid_item, position, title_vi, title_en, measure, unit,
                       ascending, baseline_year, baseline_value, baseline_comment)
                values (:result, :item,
                        (select coalesce(max(position), 0) + 1 from aid.result_indicator where result = :result),
                        :titleVi, :titleEn, :measure, :unit, :ascending, :baselineYear, :baselineValue,
                        :baselineComment)
                returning id
                """), input).param("result", result.id()).param("item", result.itemId()).query(Long.class).single();
    }

    boolean updateIndicator(long id, long expected, IndicatorInput input) {
        return indicatorParams(jdbc.sql("""
                update aid.result_indicator set version = version + 1, title_vi = :titleVi, title_en = :titleEn,
                       measure = :measure, unit = :unit, ascending = :ascending, baseline_year = :baselineYear,
                       baseline_value = :baselineValue, baseline_comment = :baselineComment
                 where id = :id and version = :expected
                """), input).param("id", id).param("expected", expected).update() == 1;
    }

    boolean deleteIndicator(long id, long expected) {
        return jdbc.sql("delete from aid.result_indicator where id = :id and version = :expected").param("id", id)
                .param("expected", expected).update() == 1;
    }

    long insertPeriod(Indicator indicator, TargetInput input, LocalDate reportDue) {
        return jdbc.sql("""
                insert into aid.indicator_period (indicator, aid_item, period_start, period_end, target_value,
                       target_comment, report_due)
                values (:indicator, :item, :start, :end, :value, :comment, :due)
                returning id
                """).param("indicator", indicator.id()).param("item", indicator.itemId()).param("due", reportDue)
                .param("start", input.start()).param("end", input.end()).param("value", input.targetValue())
                .param("comment", input.targetComment()).query(Long.class).single();
    }

    boolean updateTarget(long id, long expected, TargetInput input, LocalDate reportDue) {
        return jdbc.sql("""
                update aid.indicator_period set version = version + 1, period_start = :start, period_end = :end,
                       target_value = :value, target_comment = :comment, report_due = :due
                 where id = :id and version = :expected
                """).param("id", id).param("expected", expected).param("due", reportDue).param("start", input.start())
                .param("end", input.end()).param("value", input.targetValue())
                .param("comment", input.targetComment()).update() == 1;
    }

    boolean updateActual(long id, long expected, ActualInput input, String actor) {
        return jdbc.sql("""
                update aid.indicator_period set version = version + 1, actual_value = :value, actual_comment = :comment,
                       reported_by = :actor, reported_at = now()
                 where id = :id and version = :expected
                """).param("id", id).param("expected", expected).param("value", input.actualValue())
                .param("comment", input.actualComment()).param("actor", actor).update() == 1;
    }

    boolean deletePeriod(long id, long expected) {
        return jdbc.sql("delete from aid.indicator_period where id = :id and version = :expected").param("id", id)
                .param("expected", expected).update() == 1;
    }

    private static JdbcClient.StatementSpec indicatorParams(JdbcClient.StatementSpec sql, IndicatorInput input) {
        return sql.param("titleVi", input.titleVi()).param("titleEn", input.titleEn())
                .param("measure", input.measure().name()).param("unit", input.unit())
                .param("ascending", Boolean.TRUE.equals(input.ascending()))
                .param("baselineYear", input.baselineYear()).param("baselineValue", input.baselineValue())
                .param("baselineComment", input.baselineComment());
    }

    private static Result result(ResultSet rs, int n) throws SQLException {
        return new Result(rs.getLong("id"), rs.getLong("version"), rs.getLong("aid_item"), rs.getInt("position"),
                ResultLevel.valueOf(rs.getString("level")), rs.getString("title_vi"), rs.getString("title_en"),
                rs.getString("description"));
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getLong("version"), rs.getLong("result"), rs.getLong("aid_item"),
                rs.getInt("position"), rs.getString("title_vi"), rs.getString("title_en"),
                IndicatorMeasure.valueOf(rs.getString("measure")), rs.getString("unit"), rs.getBoolean("ascending"),
                rs.getObject("baseline_year", Integer.class), plain(rs.getBigDecimal("baseline_value")),
                rs.getString("baseline_comment"));
    }

    private static IndicatorPeriod period(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp reported = rs.getTimestamp("reported_at");
        return new IndicatorPeriod(rs.getLong("id"), rs.getLong("version"), rs.getLong("indicator"),
                rs.getLong("aid_item"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), plain(rs.getBigDecimal("target_value")),
                rs.getString("target_comment"), plain(rs.getBigDecimal("actual_value")),
                rs.getString("actual_comment"), rs.getObject("report_due", LocalDate.class),
                rs.getString("reported_by"),
                reported == null ? null : reported.toInstant());
    }

    /** 1250.0000 (numeric(19,4)) reads 1250, 2.4000 reads 2.4. */
    private static java.math.@org.jspecify.annotations.Nullable BigDecimal plain(
            java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
        return value == null ? null : DecimalText.stripped(value);
    }
}
