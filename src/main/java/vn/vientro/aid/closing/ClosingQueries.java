package vn.vientro.aid.closing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ClosedPeriod;
import vn.vientro.aid.PostCloseCorrection;
import vn.vientro.aid.PostCloseResultCorrection;

/** Reads closed periods and the corrections made after them. */
@Component
public class ClosingQueries {

    private static final String CORRECTIONS = """
            select c.*, i.code as item_code from aid.post_close_correction c join aid.aid_item i on i.id = c.aid_item
            """;

    private static final String RESULT_CORRECTIONS = """
            select c.*, i.code as item_code from aid.post_close_result_correction c
            join aid.aid_item i on i.id = c.aid_item
            """;

    private final JdbcClient jdbc;

    ClosingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ClosedPeriod> all() {
        return jdbc.sql("select * from aid.closed_period order by first_day desc, last_day desc, id desc")
                .query(ClosingQueries::period).list();
    }

    public Optional<ClosedPeriod> byCode(String code) {
        return jdbc.sql("select * from aid.closed_period where code = :code").param("code", code)
                .query(ClosingQueries::period).optional();
    }

    /** The first closed period (the earliest closed) that holds the day, if any. */
    public Optional<ClosedPeriod> covering(LocalDate day) {
        return jdbc.sql("""
                select * from aid.closed_period where :day between first_day and last_day order by closed_at, id limit 1
                """).param("day", day).query(ClosingQueries::period).optional();
    }

    public List<PostCloseCorrection> recordedBetween(Instant from, Instant to) {
        return jdbc.sql(CORRECTIONS + " where c.recorded_at >= :from and c.recorded_at < :to order by c.recorded_at, c.id")
                .param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query(ClosingQueries::correction).list();
    }

    public List<PostCloseCorrection> datedWithin(LocalDate firstDay, LocalDate lastDay, Instant after) {
        return jdbc.sql(CORRECTIONS + """
                 where c.value_date between :first and :last and c.recorded_at > :after
                 order by c.recorded_at, c.id
                """).param("first", firstDay).param("last", lastDay).param("after", java.sql.Timestamp.from(after))
                .query(ClosingQueries::correction).list();
    }

    public List<PostCloseResultCorrection> resultsRecordedBetween(Instant from, Instant to) {
        return jdbc.sql(RESULT_CORRECTIONS + " where c.recorded_at >= :from and c.recorded_at < :to"
                        + " order by c.recorded_at, c.id")
                .param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query(ClosingQueries::resultCorrection).list();
    }

    public List<PostCloseResultCorrection> resultsEndingWithin(LocalDate firstDay, LocalDate lastDay, Instant after) {
        return jdbc.sql(RESULT_CORRECTIONS + """
                 where c.period_end between :first and :last and c.recorded_at > :after
                 order by c.recorded_at, c.id
                """).param("first", firstDay).param("last", lastDay).param("after", java.sql.Timestamp.from(after))
                .query(ClosingQueries::resultCorrection).list();
    }

    private static ClosedPeriod period(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ClosedPeriod(rs.getLong("id"), rs.getLong("version"), rs.getString("code"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                rs.getString("closed_by"), rs.getTimestamp("closed_at").toInstant());
    }

    private static PostCloseCorrection correction(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PostCloseCorrection(rs.getLong("id"), rs.getLong("aid_item"), rs.getString("item_code"),
                rs.getLong("transaction_id"), rs.getString("operation"), rs.getString("period_code"),
                rs.getString("kind"), rs.getObject("value_date", LocalDate.class), rs.getBigDecimal("before_vnd"),
                rs.getBigDecimal("after_vnd"), rs.getBigDecimal("before_usd"), rs.getBigDecimal("after_usd"),
                rs.getString("reason"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static PostCloseResultCorrection resultCorrection(java.sql.ResultSet rs, int n)
            throws java.sql.SQLException {
        return new PostCloseResultCorrection(rs.getLong("id"), rs.getLong("aid_item"), rs.getString("item_code"),
                rs.getLong("period_id"), rs.getString("indicator"), rs.getString("operation"),
                rs.getString("period_code"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("before_value"),
                rs.getBigDecimal("after_value"), rs.getString("before_comment"), rs.getString("after_comment"),
                rs.getString("reason"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
