package vn.vientro.reference.rate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.reference.ExchangeRate;

/** Exchange rates as conversions and pages read them: by date, by id, the filtered list. */
@Component
public class RateQueries {

    private static final String COLUMNS = "select id, version, currency, rate_date, vnd_per_unit, source, demo"
            + " from reference.exchange_rate";

    private final JdbcClient jdbc;

    RateQueries(JdbcClient jdbc) {
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
        return list(currency, from, to, limit, 0);
    }

    /** One page, newest first. */
    public List<ExchangeRate> list(@Nullable String currency, @Nullable LocalDate from, @Nullable LocalDate to,
                                   int limit, long offset) {
        return filtered(COLUMNS, currency, from, to, " order by rate_date desc, currency limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(ExchangeRate.class).list();
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
}
