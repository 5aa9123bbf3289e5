package vn.vientro.reference.rate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.reference.ExchangeRateDetails;

/**
 * Writes many rates in one statement: a file an administrator imports (up to 20,000 rows), the demo's series. Not
 * through the {@link Rate} aggregate, one row at a time, but bumping the same version column, so an administrator
 * editing a rate the import changed is told so. Callers own the transaction.
 */
@Component
public class RateBatches {

    // Rows travel as four parallel text arrays: one statement for 20,000 rows, values cast exactly by PostgreSQL.
    private static final String ROWS = """
             from unnest(cast(:currencies as text[]), cast(cast(:dates as text[]) as date[]),
                         cast(cast(:rates as text[]) as numeric[]), cast(:sources as text[])) as t(c, d, v, s)
            """;

    private final JdbcClient jdbc;

    RateBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts new rows and updates changed ones (same currency and date); identical rows are left alone, so loading
     * the same file twice changes nothing and leaves no audit entry.
     *
     * @return per row written: {@code true} inserted, {@code false} updated; unchanged rows are absent
     */
    public List<Boolean> upsert(List<ExchangeRateDetails> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return withRows(jdbc.sql("""
                insert into reference.exchange_rate (currency, rate_date, vnd_per_unit, source, demo)
                select c, d, v, s, false""" + ROWS + """
                on conflict (currency, rate_date) do update
                   set vnd_per_unit = excluded.vnd_per_unit, source = excluded.source, demo = false,
                       version = exchange_rate.version + 1
                 where (exchange_rate.vnd_per_unit, exchange_rate.source, exchange_rate.demo)
                       is distinct from (excluded.vnd_per_unit, excluded.source, false)
                returning (xmax = 0) as inserted
                """), rows).query(Boolean.class).list();
    }

    /** Inserts rows whose currency and date are not yet stored; never touches an existing (perhaps official) rate. */
    public int insertMissing(List<ExchangeRateDetails> rows, boolean demo) {
        if (rows.isEmpty()) {
            return 0;
        }
        return withRows(jdbc.sql("insert into reference.exchange_rate (currency, rate_date, vnd_per_unit, source, demo)"
                + " select c, d, v, s, :demo" + ROWS + " on conflict (currency, rate_date) do nothing"), rows)
                .param("demo", demo).update();
    }

    private static JdbcClient.StatementSpec withRows(JdbcClient.StatementSpec statement, List<ExchangeRateDetails> rows) {
        return statement
                .param("currencies", textArray(rows, ExchangeRateDetails::currency))
                .param("dates", textArray(rows, row -> row.rateDate().toString()))
                .param("rates", textArray(rows, row -> row.vndPerUnit().toPlainString()))
                .param("sources", textArray(rows, ExchangeRateDetails::source));
    }

    private static AbstractSqlTypeValue textArray(List<ExchangeRateDetails> rows,
                                                  Function<ExchangeRateDetails, String> column) {
        String[] values = rows.stream().map(column).toArray(String[]::new);
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, @Nullable String typeName)
                    throws SQLException {
                return connection.createArrayOf("text", values);
            }
        };
    }
}
