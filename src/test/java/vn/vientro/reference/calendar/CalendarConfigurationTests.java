package vn.vientro.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The rules shipped in {@code application.yml} are the Labour Code 2019, each with its legal source. */
class CalendarConfigurationTests {

    private final CalendarProperties shipped = bindApplicationYml();

    @Test
    void shippedRulesComputeTheSameDaysAsTheLabourCode() {
        StatutoryHolidays fromYml = StatutoryHolidays.of(shipped);
        StatutoryHolidays fromCode = HolidayRules.labourCode2019().holidays();

        for (int year : List.of(1947, 2024, 2025, 2026, 2027, 2100)) {
            assertThat(fromYml.computed(year)).extracting(Holiday::date, Holiday::key, Holiday::nameVi, Holiday::compensatory)
                    .as("year %d", year)
                    .isEqualTo(fromCode.computed(year).stream()
                            .map(h -> tuple(h.date(), h.key(), h.nameVi(), h.compensatory()))
                            .toList());
        }
    }

    @Test
    void everyRuleCitesItsLegalSource() {
        assertThat(shipped.rules()).extracting(HolidayRule::key).containsExactly("NEW_YEAR", "TET", "REUNIFICATION",
                "LABOUR", "NATIONAL_DAY", "HUNG_KINGS", "CULTURE_DAY");
        assertThat(shipped.rules()).filteredOn(rule -> !rule.key().equals("CULTURE_DAY"))
                .allSatisfy(rule -> assertThat(rule.source()).startsWith("Bộ luật Lao động 2019, Điều 112 khoản 1"));
        assertThat(shipped.compensationSource()).isEqualTo("Bộ luật Lao động 2019, Điều 111 khoản 3");
    }

    @Test
    void cultureDayIsShippedSwitchedOff() {
        assertThat(shipped.rules()).filteredOn(rule -> rule.key().equals("CULTURE_DAY")).singleElement()
                .satisfies(rule -> {
                    assertThat(rule.enabled()).isFalse();
                    assertThat(rule.switchable()).isTrue();
                    assertThat(rule.source()).contains("30/NQ-CP");
                });
    }

    @Test
    void stateAgenciesRestOnSaturdayAndSundayAndNodesRefreshWithinAMinute() {
        assertThat(shipped.weeklyRestDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(shipped.overrideRefresh()).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    private static CalendarProperties bindApplicationYml() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml"));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("vientro.calendar", CalendarProperties.class).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
