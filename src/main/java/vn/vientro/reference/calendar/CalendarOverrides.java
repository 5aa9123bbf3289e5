package vn.vientro.reference.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
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
import vn.vientro.shared.StaleVersionException;

/**
 * The administrators' record of the official yearly announcements: overrides of single days and the switches of
 * holidays that are announced but not yet law. Reading is open to every user; changing is as the policy says.
 */
@Service
public class CalendarOverrides {

    private final DayOverrideRepository overrides;
    private final HolidayRuleSwitchRepository switches;
    private final CalendarQueries queries;
    private final Announcements announcements;
    private final WorkingDayCalendar calendar;
    private final List<HolidayRule> rules;
    private final Clock clock;

    CalendarOverrides(DayOverrideRepository overrides, HolidayRuleSwitchRepository switches, CalendarQueries queries,
                      Announcements announcements, WorkingDayCalendar calendar, CalendarProperties properties,
                      Clock clock) {
        this.overrides = overrides;
        this.switches = switches;
        this.queries = queries;
        this.announcements = announcements;
        this.calendar = calendar;
        this.rules = properties.rules();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CalendarOverride> ofYear(int year) {
        return queries.overridesBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
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
        if (queries.overrideOn(details.day()).isPresent()) {
            throw alreadyRecorded();
        }
        if (details.kind() == OverrideKind.WORKING_DAY && calendar.isWorkingDay(details.day())) {
            // Most likely a slip of the date: the announcement swaps a day off, never an ordinary working day.
            throw new BusinessRuleException(ReferenceProblem.CALENDAR_OVERRIDE, "reference.calendar.override.alreadyWorking", "day");
        }
        try {
            long id = Objects.requireNonNull(overrides.save(DayOverride.record(details, clock.instant())).id());
            announcements.changed();
            return id;
        } catch (DuplicateKeyException e) {
            throw alreadyRecorded(); // another administrator recorded the same day a moment ago
        }
    }

    /**
     * Removes an override if nobody changed it since {@code expectedVersion} was read.
     *
     * @throws StaleVersionException when someone changed it after the user saw it
     */
    @PreAuthorize(ReferencePolicy.MANAGE_CALENDAR)
    @Transactional
    public void delete(long id, long expectedVersion) {
        DayOverride override = overrides.findById(id).orElseThrow(() -> new NotFoundException("calendar override", id));
        if (!Objects.equals(override.version(), expectedVersion)) {
            throw new StaleVersionException("calendar override", id);
        }
        overrides.delete(override);
        announcements.changed();
    }

    /**
     * Sets a switchable rule on or off. The form sends the wanted state, not "toggle": setting the state a rule already
     * has changes nothing, so two administrators doing the same thing one after the other agree. Doing it at the very
     * same moment, the later one is told that someone changed the rule.
     *
     * @throws StaleVersionException when another administrator set the rule while this change was being saved
     */
    @PreAuthorize(ReferencePolicy.MANAGE_CALENDAR)
    @Transactional
    public void switchRule(String key, boolean inForce) {
        rules.stream().filter(rule -> rule.switchable() && rule.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("switchable holiday rule", key));
        HolidayRuleSwitch rule = switches.findByRuleKey(key).orElseGet(() -> HolidayRuleSwitch.of(key, clock.instant()));
        if (!rule.set(inForce, clock.instant())) {
            return;
        }
        try {
            switches.save(rule);
        } catch (DuplicateKeyException e) {
            throw new StaleVersionException("holiday rule switch", key); // the first switch of the rule, twice at once
        }
        announcements.changed();
    }

    private static BusinessRuleException alreadyRecorded() {
        return new BusinessRuleException(CommonProblem.DUPLICATE, "reference.calendar.override.exists", "day");
    }
}
