package vn.vientro.monitoring.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every type of inspection has its checklist in the vocabulary file, and every point its words in both languages. */
class ChecklistsTests {

    private final Checklists checklists = new Checklists();

    @Test
    void everyTypeHasPointsEachNamedInVietnameseAndEnglish() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        for (InspectionType type : InspectionType.values()) {
            assertThat(checklists.of(type)).as(type.name()).isNotEmpty().doesNotHaveDuplicates();
            checklists.of(type).forEach(code -> {
                assertThat(vi).as(code).containsKey("monitoring.inspection.check." + code);
                assertThat(en).as(code).containsKey("monitoring.inspection.check." + code);
            });
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ChecklistsTests.class.getResourceAsStream(
                "/i18n/monitoring-inspections_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
