package vn.vientro.reference.rate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.vientro.reference.ExchangeRate;
import vn.vientro.reference.ExchangeRateDetails;

/** The SQL behind exchange rates: lookups by date, the filtered list and bulk writes. Callers own the transaction. */
@Repository
public class RateStore {

    private static final String COLUMNS = "select id, version, currency, rate_date, vnd_per_unit, source, demo"
            + " from reference.exchange_rate";

    // Rows travel as four parallel text arrays: one statement for 20,000 rows, values cast exactly by PostgreSQL.
    private static final String ROWS = """
             from unnest(cast(:currencies as text[]), cast(cast(:dates as text[]) as date[]),
                         cast(cast(:rates as text[]) as numeric[]), cast(:sources as text[])) as t(c, d, v, s)
            """;

    private final JdbcClient jdbc;

    RateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest rate of {@code currency} dated on or before {@code date} (served by the (currency, rate_date) key). */
    public Optional<ExchangeRate> latestOnOrBefore(String currency, LocalDate date) {
        return jdbc.sql(COLUMNS + " where currency = cast(:currency as bpchar) and rate_date <= :date"
                        + " order by rate_date desc limit 1")
                .param("currency", currency).param("date", date)
                .query(ExchangeRate.class).optional();
    }

    public Optional<ExchangeRate> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(ExchangeRate.class).optional();
    }

    public Optional<ExchangeRate> find(String currency, LocalDate date) {
        return jdbc.sql(COLUMNS + " where currency = cast(:currency as bpchar) and rate_date = :date")
                .param("currency", currency).param("date", date).query(ExchangeRate.class).optional();
    }

    /** Newest first; each filter is optional. */
    public List<ExchangeRate> list(@Nullable String currency, @Nullable LocalDate from, @Nullable LocalDate to,
                                   int limit) {
        return filtered(COLUMNS, currency, from, to, " order by rate_date desc, currency limit :limit")
                .param("limit", limit).query(ExchangeRate.class).list();
    }

    public long count(@Nullable String currency, @Nullable LocalDate from, @Nullable LocalDate to) {
        return filtered("select count(*) from reference.exchange_rate", currency, from, to, "")
                .query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String select, @Nullable String currency, @Nullable LocalDate from,
                                              @Nullable LocalDate to, String tail) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (currency != null) {
            conditions.add("currency = cast(:currency as bpchar)");
            params.put("currency", currency);
        }
        if (from != null) {
            conditions.add("rate_date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            conditions.add("rate_date <= :to");
            params.put("to", to);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql(select + where + tail).params(params);
    }

    public List<String> currencies() {
        return jdbc.sql("select distinct currency from reference.exchange_rate order by currency")
                .query(String.class).list();
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
