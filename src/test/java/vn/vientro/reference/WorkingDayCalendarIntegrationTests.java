package vn.vientro.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.vientro.reference.calendar.CalendarOverride;
import vn.vientro.reference.calendar.CalendarOverrides;
import vn.vientro.reference.calendar.OverrideDetails;
import vn.vientro.reference.calendar.OverrideKind;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.testing.VientroIntegrationTest;

@VientroIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class WorkingDayCalendarIntegrationTests {

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    CalendarOverrides overrides;

    @AfterEach
    void removeRecordedAnnouncements() {
        // As administrator whatever the test ran as; other test classes share this database.
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
        for (int year : List.of(2026, 2031)) {
            overrides.ofYear(year).forEach(override -> overrides.delete(override.id(), override.version()));
        }
        overrides.switchRule("CULTURE_DAY", false);
    }

    @Test
    void tet2026IsComputedFromTheSixteenthToTheTwentiethOfFebruary() {
        assertThat(calendar.daysOff(2026)).filteredOn(day -> "Tết Nguyên đán".equals(day.name()))
                .extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
    }

    @Test
    void dueDateOfTenWorkingDaysCrossesTet() {
        LocalDate from = LocalDate.of(2026, 2, 10);

        // 11, 12, 13 Feb; weekend and Tết 14–22 Feb; 23–27 Feb; 2, 3 Mar.
        assertThat(calendar.addWorkingDays(from, 10)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(calendar.countWorkingDays(from, LocalDate.of(2026, 3, 3))).isEqualTo(10);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void hungKingsDayOnSunday2026IsMadeUpOnMonday() {
        assertThat(calendar.day(LocalDate.of(2026, 4, 26))).satisfies(day -> {
            assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(day.name()).isEqualTo("Giỗ Tổ Hùng Vương");
            assertThat(day.source()).isEqualTo("Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e");
        });
        assertThat(calendar.day(LocalDate.of(2026, 4, 27))).satisfies(day -> {
            assertThat(day.kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
            assertThat(day.workingDay()).isFalse();
            assertThat(day.source()).isEqualTo("Bộ luật Lao động 2019, Điều 111 khoản 3");
        });
    }

    @Test
    void swappedWorkingSaturdayCountsAndTheFridayOffDoesNot() {
        LocalDate friday = LocalDate.of(2026, 1, 2);
        LocalDate saturday = LocalDate.of(2026, 1, 10);
        assertThat(calendar.countWorkingDays(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 12))).isEqualTo(1);

        // VPCP 12729/VPCP-KGVX (25 Dec 2025): Friday 2 January off, worked on Saturday 10 January.
        overrides.record(new OverrideDetails(saturday, OverrideKind.WORKING_DAY, "Làm bù cho ngày 02/01/2026",
                "Working day in place of 2 January", "Công văn 12729/VPCP-KGVX"));
        overrides.record(new OverrideDetails(friday, OverrideKind.DAY_OFF, "Nghỉ hoán đổi Tết Dương lịch",
                "Swapped day off after New Year", "Công văn 12729/VPCP-KGVX"));

        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.isWorkingDay(friday)).isFalse();
        assertThat(calendar.day(friday).overridden()).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(calendar.countWorkingDays(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 12))).isEqualTo(2);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(saturday);
    }

    @Test
    void announcementBeatsTheComputedNationalDay() {
        LocalDate monday = LocalDate.of(2031, 9, 1);
        LocalDate wednesday = LocalDate.of(2031, 9, 3);
        assertThat(calendar.day(monday).kind()).isEqualTo(DayKind.HOLIDAY);

        // The Prime Minister picks 3 September instead of the configured default, 1 September.
        overrides.record(new OverrideDetails(monday, OverrideKind.WORKING_DAY, "Làm việc", null, "Thông báo 1/TB-BNV"));
        overrides.record(new OverrideDetails(wednesday, OverrideKind.DAY_OFF, "Quốc khánh", "National Day",
                "Thông báo 1/TB-BNV"));

        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(calendar.day(monday).kind()).isEqualTo(DayKind.ANNOUNCED_WORKING_DAY);
        assertThat(calendar.daysOff(2031)).filteredOn(day -> day.date().getMonthValue() == 9)
                .extracting(CalendarDay::date, CalendarDay::overridden)
                .containsExactly(tuple(LocalDate.of(2031, 9, 2), false), tuple(wednesday, true));
        assertThat(calendar.countWorkingDays(LocalDate.of(2031, 8, 29), LocalDate.of(2031, 9, 4))).isEqualTo(2);
    }

    @Test
    void cultureDayIsAWorkingDayUntilSwitchedOn() {
        LocalDate cultureDay = LocalDate.of(2026, 11, 24);
        assertThat(calendar.isWorkingDay(cultureDay)).isTrue();
        assertThat(overrides.switches()).singleElement().satisfies(rule -> assertThat(rule.inForce()).isFalse());

        overrides.switchRule("CULTURE_DAY", true);

        assertThat(calendar.day(cultureDay).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.countWorkingDays(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25))).isEqualTo(1);
    }

    @Test
    void zeroWorkingDaysIsTheStartDateAndCountingBackwardsIsZero() {
        LocalDate sunday = LocalDate.of(2026, 4, 26);

        assertThat(calendar.addWorkingDays(sunday, 0)).isEqualTo(sunday);
        assertThat(calendar.countWorkingDays(sunday, sunday)).isZero();
        assertThat(calendar.countWorkingDays(sunday, sunday.minusDays(10))).isZero();
        assertThatThrownBy(() -> calendar.addWorkingDays(sunday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDatesOutsideTheLunarCalendarRange() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2100, 12, 30), 5))
                .isInstanceOfSatisfying(OutsideCalendarRangeException.class,
                        e -> assertThat(e.field()).isEqualTo("days"));
        assertThatThrownBy(() -> calendar.daysOff(1899)).isInstanceOf(OutsideCalendarRangeException.class);
    }

    @Test
    void refusesASecondOverrideOfADayAndAWorkingDayOverrideOfAnOrdinaryWeekday() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        overrides.record(new OverrideDetails(monday, OverrideKind.DAY_OFF, "Nghỉ", null, "Thông báo 1"));

        assertThatThrownBy(() -> overrides.record(new OverrideDetails(monday, OverrideKind.DAY_OFF, "Lại", null, "2")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reference.calendar.override.exists"));
        assertThatThrownBy(() -> overrides.record(new OverrideDetails(monday.plusDays(1), OverrideKind.WORKING_DAY,
                "Làm", null, "3")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reference.calendar.override.alreadyWorking"));
    }

    @Test
    @WithMockUser(username = "focal", roles = "FOCAL_POINT")
    void onlyAdministratorsRecordAnnouncements() {
        assertThatThrownBy(() -> overrides.record(new OverrideDetails(LocalDate.of(2026, 3, 2), OverrideKind.DAY_OFF,
                "Nghỉ", null, "Thông báo 1"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overrides.switchRule("CULTURE_DAY", true)).isInstanceOf(AccessDeniedException.class);
        assertThat(overrides.ofYear(2026)).extracting(CalendarOverride::day).doesNotContain(LocalDate.of(2026, 3, 2));
    }
}
