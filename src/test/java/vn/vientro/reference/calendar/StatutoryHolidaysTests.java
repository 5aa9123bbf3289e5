package vn.vientro.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTests {

    private static final StatutoryHolidays HOLIDAYS = HolidayRules.labourCode2019().holidays();

    @Test
    void year2026HasTheStatutoryDaysAndOneCompensatoryDay() {
        List<Holiday> holidays = HOLIDAYS.computed(2026);

        assertThat(holidays).extracting(Holiday::date).containsExactly(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
        assertThat(holidays).filteredOn(Holiday::compensatory).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2026, 4, 27));
    }

    @Test
    void hungKingsDayOnSunday2026IsMadeUpOnMonday() {
        List<Holiday> holidays = HOLIDAYS.computed(2026);

        assertThat(on(holidays, LocalDate.of(2026, 4, 26))).hasValueSatisfying(holiday -> {
            assertThat(holiday.key()).isEqualTo("HUNG_KINGS");
            assertThat(holiday.nameVi()).isEqualTo("Giỗ Tổ Hùng Vương");
            assertThat(holiday.compensatory()).isFalse();
        });
        assertThat(on(holidays, LocalDate.of(2026, 4, 27))).hasValueSatisfying(holiday -> {
            assertThat(holiday.key()).isEqualTo("HUNG_KINGS_COMPENSATORY");
            assertThat(holiday.nameVi()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương");
            assertThat(holiday.compensatory()).isTrue();
        });
    }

    @Test
    void tetWeekendOf2024IsMadeUpOnTheTwoWorkingDaysAfterTet() {
        List<Holiday> holidays = HOLIDAYS.computed(2024);

        assertThat(holidays).filteredOn(holiday -> holiday.key().equals("TET")).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11),
                        LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13));
        assertThat(holidays).filteredOn(holiday -> holiday.key().equals("TET_COMPENSATORY")).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 15));
    }

    @Test
    void nationalDayOnSundayIsMadeUpAfterTheSecondOfSeptember() {
        // 2024-09-01 was a Sunday; 2 September (Monday) is itself a holiday, so the next working day is 3 September.
        assertThat(on(HOLIDAYS.computed(2024), LocalDate.of(2024, 9, 3))).hasValueSatisfying(holiday -> {
            assertThat(holiday.key()).isEqualTo("NATIONAL_DAY_COMPENSATORY");
            assertThat(holiday.nameVi()).isEqualTo("Nghỉ bù Quốc khánh");
            assertThat(holiday.nameEn()).isEqualTo("Compensatory day off (National Day)");
        });
    }

    @Test
    void cultureDayIsIncludedOnlyWhenSwitchedOn() {
        LocalDate cultureDay = LocalDate.of(2026, 11, 24);

        assertThat(on(HOLIDAYS.computed(2026), cultureDay)).isEmpty();
        assertThat(on(HOLIDAYS.computed(2026, Map.of("CULTURE_DAY", true)), cultureDay)).hasValueSatisfying(holiday -> {
            assertThat(holiday.key()).isEqualTo("CULTURE_DAY");
            assertThat(holiday.nameVi()).isEqualTo("Ngày Văn hóa Việt Nam");
        });
    }

    @Test
    void fixedHolidaysCarryTheirVietnameseNames() {
        List<Holiday> holidays = HOLIDAYS.computed(2026);

        assertThat(on(holidays, LocalDate.of(2026, 1, 1))).map(Holiday::nameVi).hasValue("Tết Dương lịch");
        assertThat(on(holidays, LocalDate.of(2026, 2, 17))).map(Holiday::nameVi).hasValue("Tết Nguyên đán");
        assertThat(on(holidays, LocalDate.of(2026, 4, 30))).map(Holiday::nameVi).hasValue("Ngày Chiến thắng (30/4)");
        assertThat(on(holidays, LocalDate.of(2026, 5, 1))).map(Holiday::nameVi).hasValue("Ngày Quốc tế Lao động");
        assertThat(on(holidays, LocalDate.of(2026, 9, 2))).map(Holiday::key).hasValue("NATIONAL_DAY");
        assertThat(on(holidays, LocalDate.of(2026, 9, 2))).map(Holiday::nameVi).hasValue("Quốc khánh");
    }

    @Test
    void holidayFallingOnAnotherHolidayIsMadeUpOnTheNextWorkingDay() {
        // Computationally only (the Labour Code is much younger): in 1947 Hùng Kings' day fell on
        // Wednesday 30 April; 1 May is a holiday too, so the lost day is made up on Friday 2 May.
        List<Holiday> holidays = HOLIDAYS.computed(1947);

        assertThat(on(holidays, LocalDate.of(1947, 4, 30))).map(Holiday::key).hasValue("REUNIFICATION");
        assertThat(on(holidays, LocalDate.of(1947, 5, 2))).map(Holiday::key).hasValue("HUNG_KINGS_COMPENSATORY");
    }

    @Test
    void everyYearIsSortedWithOneEntryPerDateAndCompensatoryDaysOnWeekdays() {
        for (int year = VietnameseLunarCalendar.MIN_YEAR; year <= VietnameseLunarCalendar.MAX_YEAR; year++) {
            List<Holiday> holidays = HOLIDAYS.computed(year, Map.of("CULTURE_DAY", true));
            List<LocalDate> dates = holidays.stream().map(Holiday::date).toList();

            assertThat(dates).as("dates of %d", year).isSorted().doesNotHaveDuplicates();
            assertThat(holidays).as("days off in %d", year).hasSizeGreaterThanOrEqualTo(12);
            assertThat(holidays).filteredOn(Holiday::compensatory)
                    .allSatisfy(holiday -> assertThat(holiday.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
        }
    }

    @Test
    void rejectsYearsOutsideTheLunarCalendarRange() {
        assertThatThrownBy(() -> HOLIDAYS.computed(1899))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1899");
        assertThatThrownBy(() -> HOLIDAYS.computed(2101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2101");
    }

    @Test
    void nationalDayAdjacentDayFollowsTheConfiguredChoice() {
        List<Holiday> holidays = HolidayRules.labourCode2019().withNationalDayAdjacentAfter().holidays().computed(2026);

        assertThat(holidays).filteredOn(holiday -> holiday.key().equals("NATIONAL_DAY")).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3));
    }

    @Test
    void everyDayCarriesTheLegalSourceOfItsRule() {
        List<Holiday> holidays = HOLIDAYS.computed(2026);

        assertThat(on(holidays, LocalDate.of(2026, 2, 17))).map(Holiday::source)
                .hasValue("Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b");
        assertThat(on(holidays, LocalDate.of(2026, 4, 27))).map(Holiday::source).hasValue(HolidayRules.COMPENSATION);
    }

    @Test
    void switchesAreIgnoredForRulesThatAreNotSwitchable() {
        assertThat(on(HOLIDAYS.computed(2026, Map.of("LABOUR", false)), LocalDate.of(2026, 5, 1))).isPresent();
    }

    @Test
    void refusesRulesThatCannotBeComputedEveryYear() {
        assertThatThrownBy(() -> new HolidayRule("LEAP", HolidayRule.Kind.SOLAR, 2, 29, 1, 0, "x", "x", "x", true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("29 February");
        assertThatThrownBy(() -> new HolidayRule("LUNAR_30", HolidayRule.Kind.LUNAR, 12, 30, 1, 0, "x", "x", "x", true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day 1..29");
        assertThatThrownBy(() -> new HolidayRule("BEFORE", HolidayRule.Kind.SOLAR, 9, 2, 2, 2, "x", "x", "x", true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days-before");
        assertThatThrownBy(() -> new HolidayRule("NO_SOURCE", HolidayRule.Kind.SOLAR, 9, 2, 1, 0, "x", "x", " ", true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
    }

    private static Optional<Holiday> on(List<Holiday> holidays, LocalDate date) {
        return holidays.stream().filter(holiday -> holiday.date().equals(date)).findFirst();
    }
}
