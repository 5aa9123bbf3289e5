package vn.vientro.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseLunarCalendarTests {

    @Test
    void tetDay1MatchesPublishedDatesForRecentYears() {
        assertThat(VietnameseLunarCalendar.tetDay1(2023)).isEqualTo(LocalDate.of(2023, 1, 22));
        assertThat(VietnameseLunarCalendar.tetDay1(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(VietnameseLunarCalendar.tetDay1(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(VietnameseLunarCalendar.tetDay1(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void tetOf1985FollowsVietnamTimeNotChina() {
        // The 1984 winter solstice fell at 23:22 on 21 December in Hanoi but at 00:22 on 22 December,
        // a new-moon day, in Beijing: Vietnam's month 11 began a month earlier, and so did Tết.
        assertThat(VietnameseLunarCalendar.tetDay1(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(1985, 2, 20)))
                .isEqualTo(new LunarDate(1985, 2, 1, false));
    }

    @Test
    void tetOf2007FollowsVietnamTimeNotChina() {
        // The new moon of 2007-02-17 fell at 23:14 in Hanoi, already 2007-02-18 in Beijing.
        assertThat(VietnameseLunarCalendar.tetDay1(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @Test
    void tetOf1968IsTheNorthernDateOfTheNewUtcPlus7Calendar() {
        assertThat(VietnameseLunarCalendar.tetDay1(1968)).isEqualTo(LocalDate.of(1968, 1, 29));
    }

    @Test
    void hungKingsDayIsTheTenthDayOfTheThirdLunarMonth() {
        assertThat(VietnameseLunarCalendar.toSolar(2024, 3, 10, false)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(VietnameseLunarCalendar.toSolar(2025, 3, 10, false)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(VietnameseLunarCalendar.toSolar(2026, 3, 10, false)).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 4, 26)))
                .isEqualTo(new LunarDate(2026, 3, 10, false));
    }

    @Test
    void lunarYear2023HasALeapSecondMonth() {
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2023, 2, 20))).isEqualTo(new LunarDate(2023, 2, 1, false));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, 1, true));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2023, 4, 20))).isEqualTo(new LunarDate(2023, 3, 1, false));
        assertThat(VietnameseLunarCalendar.toSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
    }

    @Test
    void lunarYear2020HasALeapFourthMonth() {
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2020, 5, 23))).isEqualTo(new LunarDate(2020, 4, 1, true));
        assertThat(VietnameseLunarCalendar.toSolar(2020, 4, 1, true)).isEqualTo(LocalDate.of(2020, 5, 23));
    }

    @Test
    void leapEleventhMonthOf2033FollowsTheWinterSolsticeMonth() {
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2033, 12, 22))).isEqualTo(new LunarDate(2033, 11, 1, true));
        assertThat(VietnameseLunarCalendar.tetDay1(2034)).isEqualTo(LocalDate.of(2034, 2, 19));
    }

    @Test
    void lastDayOfLunarYearIsTheEveOfTheNextTet() {
        assertThat(VietnameseLunarCalendar.lastDayOfLunarYear(2025)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(VietnameseLunarCalendar.lastDayOfLunarYear(2023)).isEqualTo(LocalDate.of(2024, 2, 9));
        for (int year = VietnameseLunarCalendar.MIN_YEAR; year < VietnameseLunarCalendar.MAX_YEAR; year++) {
            LocalDate eve = VietnameseLunarCalendar.lastDayOfLunarYear(year);
            assertThat(eve.plusDays(1)).isEqualTo(VietnameseLunarCalendar.tetDay1(year + 1));
            LunarDate lunarEve = VietnameseLunarCalendar.toLunar(eve);
            assertThat(lunarEve.month()).isEqualTo(12);
            assertThat(lunarEve.day()).isIn(29, 30);
        }
    }

    @Test
    void januaryBeforeTetBelongsToThePreviousLunarYear() {
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(2025, 12, 29, false));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(1900, 1, 30)).year()).isEqualTo(1899);
    }

    @Test
    void everyDayFrom1900To2100SurvivesARoundTripAndDaysAdvanceOneByOne() {
        List<String> mismatches = new ArrayList<>();
        LocalDate last = LocalDate.of(2100, 12, 31);
        LunarDate previous = VietnameseLunarCalendar.toLunar(LocalDate.of(1900, 1, 31));
        assertThat(previous).isEqualTo(new LunarDate(1900, 1, 1, false));
        long started = System.nanoTime();
        for (LocalDate date = LocalDate.of(1900, 2, 1); !date.isAfter(last); date = date.plusDays(1)) {
            LunarDate lunar = VietnameseLunarCalendar.toLunar(date);
            LocalDate back = VietnameseLunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth());
            boolean nextDayOfSameMonth = lunar.day() == previous.day() + 1 && lunar.month() == previous.month()
                    && lunar.leapMonth() == previous.leapMonth() && lunar.year() == previous.year();
            boolean firstDayOfNextMonth = lunar.day() == 1 && previous.day() >= 29;
            if (!back.equals(date) || !(nextDayOfSameMonth || firstDayOfNextMonth)) {
                mismatches.add(date + " -> " + lunar + " -> " + back);
            }
            previous = lunar;
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(mismatches).isEmpty();
        assertThat(elapsedMillis).as("round trip of ~73,000 days in ms").isLessThan(2_000);
    }

    @Test
    void rejectsYearsOutsideTheSupportedRange() {
        assertThatThrownBy(() -> VietnameseLunarCalendar.tetDay1(1899))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900");
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(2101, 1, 1, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2101");
        assertThatThrownBy(() -> VietnameseLunarCalendar.toLunar(LocalDate.of(2101, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the supported range");
        assertThatThrownBy(() -> VietnameseLunarCalendar.lastDayOfLunarYear(1899))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsLunarDatesThatDoNotExist() {
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(2024, 2, 1, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no month");
        // Month 12 of lunar year 2025 has 29 days: Tết 2026 has no "30 Tết".
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(2025, 12, 30, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("29 days");
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(2025, 13, 1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
