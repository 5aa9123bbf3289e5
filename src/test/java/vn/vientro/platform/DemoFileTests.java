package vn.vientro.platform;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo records bind from YAML like configuration; their days are dates or periods from today. */
class DemoFileTests {

    record Seed(List<Person> people) {
    }

    record Person(String name, List<String> languages, List<Interaction> interactions) {
    }

    record Interaction(String kind, int daysAgo) {
    }

    @Test
    void bindsKebabCaseKeysOntoRecords() {
        Seed seed = DemoFile.read("demo/registry/contacts.yml", Seed.class);

        assertThat(seed.people()).hasSize(12);
        Person first = seed.people().get(0);
        assertThat(first.name()).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(first.languages()).containsExactly("vi", "en");
        assertThat(first.interactions()).containsExactly(new Interaction("VISIT", 40), new Interaction("CALL", 12));
    }

    @Test
    void readsDaysAsDatesOrAsPeriodsFromToday() {
        LocalDate today = LocalDate.of(2026, 3, 5);

        assertThat(DemoFile.day("2024-04-01", today)).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(DemoFile.day("-P2D", today)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(DemoFile.day("P-3Y26D", today)).isEqualTo(today.minusYears(3).plusDays(26));
        assertThat(DemoFile.day("P1Y100D", today)).isEqualTo(today.plusYears(1).plusDays(100));
        assertThat(DemoFile.day("P0D", today)).isEqualTo(today);
    }
}
