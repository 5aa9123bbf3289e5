package vn.vientro.aid.results;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the results framework's three tables. Every change names the version the user saw
 * ({@code where version = :expected}) and reports whether that row was still there to change.
 */
@Component
class ResultsStore {

    private final JdbcClient jdbc;

    ResultsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
