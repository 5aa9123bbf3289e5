package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.shared.DecimalText;

/**
 * Reads an item's results framework: its results, indicators and periods in order, one of them by id, and where the
 * next one goes. No access check here: {@link Results} checks before it reads.
 */
@Component
@Transactional(readOnly = true)
class ResultsQueries {

    private final JdbcClient jdbc;

    ResultsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Result> results(long itemId) {
        return jdbc.sql("select * from aid.result where aid_item = :item order by position, id")
                .param("item", itemId).query(ResultsQueries::result).list();
    }

    List<Indicator> indicators(long itemId) {
        return jdbc.sql("select * from aid.result_indicator where aid_item = :item order by position, id")
                .param("item", itemId).query(ResultsQueries::indicator).list();
    }

    List<IndicatorPeriod> periods(long itemId) {
        return jdbc.sql("select * from aid.indicator_period where aid_item = :item order by period_start, id")
                .param("item", itemId).query(ResultsQueries::period).list();
    }

    /** An indicator's periods, earliest first. */
    List<IndicatorPeriod> periodsOf(long indicatorId) {
        return jdbc.sql("select * from aid.indicator_period where indicator = :indicator order by period_start, id")
                .param("indicator", indicatorId).query(ResultsQueries::period).list();
    }

    /** One result, whichever item it belongs to: the caller checks that. */
    Optional<Result> result(long id) {
        return jdbc.sql("select * from aid.result where id = :id").param("id", id).query(ResultsQueries::result)
                .optional();
    }

    Optional<Indicator> indicator(long id) {
        return jdbc.sql("select * from aid.result_indicator where id = :id").param("id", id)
                .query(ResultsQueries::indicator).optional();
    }

    Optional<IndicatorPeriod> period(long id) {
        return jdbc.sql("select * from aid.indicator_period where id = :id").param("id", id)
                .query(ResultsQueries::period).optional();
    }

    /** Where a new result of the item goes: after its last one. */
    int nextResultPosition(long itemId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from aid.result where aid_item = :item")
                .param("item", itemId).query(Integer.class).single();
    }

    /** Where a new indicator of the result goes: after its last one. */
    int nextIndicatorPosition(long resultId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from aid.result_indicator where result = :result")
                .param("result", resultId).query(Integer.class).single();
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
        Timestamp reported = rs.getTimestamp("reported_at");
        return new IndicatorPeriod(rs.getLong("id"), rs.getLong("version"), rs.getLong("indicator"),
                rs.getLong("aid_item"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), plain(rs.getBigDecimal("target_value")),
                rs.getString("target_comment"), plain(rs.getBigDecimal("actual_value")),
                rs.getString("actual_comment"), rs.getObject("report_due", LocalDate.class),
                rs.getString("reported_by"), reported == null ? null : reported.toInstant());
    }

    /** 1250.0000 (numeric(19,4)) reads 1250, 2.4000 reads 2.4. */
    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        return value == null ? null : DecimalText.stripped(value);
    }
}
