package vn.vientro.reference.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.reference.OutsideCalendarRangeException;
import vn.vientro.reference.ReferencePolicy;
import vn.vientro.reference.ReferenceProblem;
import vn.vientro.reference.WorkingDayCalendar;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.CommonProblem;
import vn.vientro.shared.NotFoundException;

/**
 * The administrators' record of the official yearly announcements: overrides of single days and the switches of
 * holidays that are announced but not yet law. Reading is open to every user; changing needs the administrator role.
 */
@Service
public class CalendarOverrides {

    private final JdbcClient jdbc;
    private final Announcements announcements;
    private final WorkingDayCalendar calendar;
    private final List<HolidayRule> rules;

    CalendarOverrides(JdbcClient jdbc, Announcements announcements, WorkingDayCalendar calendar,
                      CalendarProperties properties) {
        this.jdbc = jdbc;
        this.announcements = announcements;
        this.calendar = calendar;
        this.rules = properties.rules();
    }

    @Transactional(readOnly = true)
    public List<CalendarOverride> ofYear(int year) {
        return jdbc.sql("""
                        select id, version, day, kind, name_vi, name_en, legal_basis
                          from reference.calendar_override
                         where day between :first and :last order by day""")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(CalendarOverride.class).list();
    }

    /** The rules configuration marks switchable, in the order of configuration, with their current state. */
    public List<RuleSwitch> switches() {
        Map<String, Boolean> recorded = announcements.current().switches();
        return rules.stream().filter(HolidayRule::switchable)
                .map(rule -> new RuleSwitch(rule.key(), rule.nameVi(), rule.nameEn(), rule.source(), rule.month(),
                        rule.day(), StatutoryHolidays.inForce(rule, recorded)))
                .toList();
    }

    @PreAuthorize(ReferencePolicy.MANAGE_CALENDAR)
    @Transactional
    public long record(OverrideDetails details) {
        if (details.day().getYear() < WorkingDayCalendar.FIRST_YEAR || details.day().getYear() > WorkingDayCalendar.LAST_YEAR) {
            throw new OutsideCalendarRangeException("day", details.day());
        }
        if (findDay(details.day()) != null) {
            throw new BusinessRuleException(CommonProblem.DUPLICATE, "reference.calendar.override.exists", "day");
        }
        if (details.kind() == OverrideKind.WORKING_DAY && calendar.isWorkingDay(details.day())) {
            // Most likely a slip of the date: the announcement swaps a day off, never an ordinary working day.
            throw new BusinessRuleException(ReferenceProblem.CALENDAR_OVERRIDE, "reference.calendar.override.alreadyWorking", "day");
        }
        try {
            long id = jdbc.sql("""
                            insert into reference.calendar_override (day, kind, name_vi, name_en, legal_basis)
                            values (:day, :kind, :nameVi, :nameEn, :legalBasis) returning id""")
                    .param("day", details.day()).param("kind", details.kind().name())
                    .param("nameVi", details.nameVi().trim()).param("nameEn", blankToNull(details.nameEn()))
                    .param("legalBasis", details.legalBasis().trim())
                    .query(Long.class).single();
            announcements.changed();
            return id;
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException(CommonProblem.DUPLICATE, "reference.calendar.override.exists", "day");
        }
    }

    /** Removes an override if nobody changed it since {@code expectedVersion} was read. */
    @PreAuthorize(ReferencePolicy.MANAGE_CALENDAR)
    @Transactional
    public void delete(long id, long expectedVersion) {
        int deleted = jdbc.sql("delete from reference.calendar_override where id = :id and version = :version")
                .param("id", id).param("version", expectedVersion).update();
        if (deleted == 0) {
            boolean exists = jdbc.sql("select exists(select 1 from reference.calendar_override where id = :id)")
                    .param("id", id).query(Boolean.class).single();
            if (!exists) {
                throw new NotFoundException("calendar override", id);
            }
            throw new OptimisticLockingFailureException("calendar override " + id + " was changed by someone else");
        }
        announcements.changed();
    }

    /**
     * Sets a switchable rule on or off. The form sends the wanted state, not "toggle", so two administrators doing the
     * same thing at once agree and no version check is needed.
     */
    @PreAuthorize(ReferencePolicy.MANAGE_CALENDAR)
    @Transactional
    public void switchRule(String key, boolean inForce) {
        rules.stream().filter(rule -> rule.switchable() && rule.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("switchable holiday rule", key));
        jdbc.sql("""
                        insert into reference.holiday_rule_switch (rule_key, enabled) values (:key, :enabled)
                        on conflict (rule_key) do update
                           set enabled = excluded.enabled, version = holiday_rule_switch.version + 1, changed_at = now()
                         where holiday_rule_switch.enabled <> excluded.enabled""")
                .param("key", key).param("enabled", inForce).update();
        announcements.changed();
    }

    private @Nullable CalendarOverride findDay(LocalDate day) {
        return jdbc.sql("""
                        select id, version, day, kind, name_vi, name_en, legal_basis
                          from reference.calendar_override where day = :day""")
                .param("day", day).query(CalendarOverride.class).optional().orElse(null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
