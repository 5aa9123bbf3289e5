package vn.vientro.reference.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What administrators recorded of the official announcements: the overrides of days and the rule switches. */
@Component
class CalendarQueries {

    private static final String OVERRIDES = """
            select id, version, day, kind, name_vi, name_en, legal_basis from reference.calendar_override
            """;

    private final JdbcClient jdbc;

    CalendarQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarOverride> overrides() {
        return jdbc.sql(OVERRIDES + " order by day").query(CalendarOverride.class).list();
    }

    List<CalendarOverride> overridesBetween(LocalDate first, LocalDate last) {
        return jdbc.sql(OVERRIDES + " where day between :first and :last order by day")
                .param("first", first).param("last", last).query(CalendarOverride.class).list();
    }

    Optional<CalendarOverride> overrideOn(LocalDate day) {
        return jdbc.sql(OVERRIDES + " where day = :day").param("day", day).query(CalendarOverride.class).optional();
    }

    /** Rule key → in force, for the switchable rules an administrator has set. */
    Map<String, Boolean> switches() {
        return jdbc.sql("select rule_key, enabled from reference.holiday_rule_switch")
                .query((row, number) -> Map.entry(row.getString("rule_key"), row.getBoolean("enabled"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
