package vn.vientro.monitoring.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.ReportingBasis;
import vn.vientro.aid.TimeLimit;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.monitoring.duty.DutyRules.DutyRule;
import vn.vientro.monitoring.duty.DutyRules.Party;
import vn.vientro.monitoring.duty.DutyRules.Period;
import vn.vientro.reference.calendar.CalendarOverrides;
import vn.vientro.reference.calendar.OverrideDetails;
import vn.vientro.reference.calendar.OverrideKind;
import vn.vientro.testing.VientroIntegrationTest;

/**
 * Due dates of the generated duties on the real working-day calendar: the configured rules in calendar days and
 * months, moved off weekends, and a rule in working days across Tết and a swapped Saturday.
 */
@VientroIntegrationTest
class DutyDueDatesIntegrationTests {

    @Autowired
    DutyPlanner planner;

    @Autowired
    CalendarOverrides overrides;

    @Test
    void configuredRulesGiveEachPeriodItsCutOffAndDueDateOnAWorkingDay() {
        List<PlannedDuty> plan = planner.plan(item(LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 28)));

        assertThat(plan).filteredOn(duty -> duty.kind() == DutyKind.PROGRESS_HALF_YEAR)
                .extracting(PlannedDuty::periodStart, PlannedDuty::periodEnd, PlannedDuty::cutOff, PlannedDuty::dueOn)
                .as("10 July, or the Monday after when it is a Saturday; the first period starts with the item")
                .containsExactly(tuple(date("2026-03-01"), date("2026-06-30"), date("2026-06-30"), date("2026-07-10")),
                        tuple(date("2027-01-01"), date("2027-06-30"), date("2027-06-30"), date("2027-07-12")));
        assertThat(plan).filteredOn(duty -> duty.kind() == DutyKind.PROGRESS_ANNUAL)
                .extracting(PlannedDuty::periodEnd, PlannedDuty::dueOn)
                .as("10 January 2027 is a Sunday; no 2028 report, the completion report covers its two months")
                .containsExactly(tuple(date("2026-12-31"), date("2027-01-11")),
                        tuple(date("2027-12-31"), date("2028-01-10")));
        assertThat(plan).filteredOn(duty -> duty.kind() == DutyKind.COMPLETION)
                .extracting(PlannedDuty::periodStart, PlannedDuty::cutOff, PlannedDuty::dueOn, PlannedDuty::recipients)
                .containsExactly(tuple(date("2026-03-01"), date("2028-02-28"), date("2028-08-28"),
                        List.of(Party.MANAGING_AGENCY, Party.FOCAL_POINT, Party.FINANCE)));
        assertThat(plan).filteredOn(duty -> duty.kind() == DutyKind.SETTLEMENT_HALF_YEAR).hasSize(2)
                .allSatisfy(duty -> assertThat(duty.recipients()).containsExactly(Party.MANAGING_AGENCY))
                .allSatisfy(duty -> assertThat(duty.source()).contains("II.8e"));
        assertThat(plan).filteredOn(duty -> duty.kind() == DutyKind.SETTLEMENT_ANNUAL).hasSize(2);
    }

    @Test
    void aRuleInWorkingDaysSkipsTet() {
        DutyRule tenWorkingDays = rule(10);

        // 11, 12, 13 Feb; weekend and Tết 14–22 Feb 2026; 23–27 Feb; 2, 3 Mar.
        assertThat(planner.plan(item(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 10)), List.of(tenWorkingDays)))
                .extracting(PlannedDuty::dueOn).containsExactly(date("2026-03-03"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aRuleInWorkingDaysCountsASwappedSaturday() {
        ReportingBasis endingOnAFriday = item(LocalDate.of(2030, 6, 1), LocalDate.of(2031, 1, 3));
        assertThat(planner.plan(endingOnAFriday, List.of(rule(1)))).extracting(PlannedDuty::dueOn)
                .containsExactly(date("2031-01-06"));

        long saturday = overrides.record(new OverrideDetails(date("2031-01-04"), OverrideKind.WORKING_DAY,
                "Làm bù", "Swapped working day", "Thông báo thử nghiệm"));
        try {
            assertThat(planner.plan(endingOnAFriday, List.of(rule(1)))).extracting(PlannedDuty::dueOn)
                    .containsExactly(date("2031-01-04"));
        } finally {
            overrides.ofYear(2031).stream().filter(override -> override.id() == saturday)
                    .forEach(override -> overrides.delete(override.id(), override.version()));
        }
    }

    private static DutyRule rule(int workingDays) {
        return new DutyRule(DutyKind.COMPLETION, Period.WHOLE,
                new TimeLimit(workingDays, TimeLimit.Unit.WORKING_DAYS, "test"), Party.OWNER,
                List.of(Party.MANAGING_AGENCY));
    }

    private static ReportingBasis item(LocalDate start, LocalDate end) {
        return new ReportingBasis(1, "VT-TEST", "Khoản thử", null, AidStatus.IMPLEMENTING, 2, 3, 4, start, start, end);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
