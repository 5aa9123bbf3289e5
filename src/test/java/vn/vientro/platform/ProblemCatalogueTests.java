package vn.vientro.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import vn.vientro.shared.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem the API can answer has a title in Vietnamese and in English, and its slug is unique. */
class ProblemCatalogueTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    @Test
    void everyProblemTypeHasATitleInBothLanguages() throws Exception {
        Properties vi = all("_vi.properties");
        Properties en = all("_en.properties");
        List<String> slugs = slugs();
        assertThat(slugs).contains("stale-version", "validation", "aid-item-locked", "permit-move-refused",
                "unreadable", "forbidden");
        for (String slug : slugs) {
            assertThat(vi.getProperty("problem." + slug + ".title")).as("Vietnamese title of " + slug).isNotBlank();
            assertThat(en.getProperty("problem." + slug + ".title")).as("English title of " + slug).isNotBlank();
        }
    }

    @Test
    void everySlugIsUsedByOneProblemTypeOnly() throws Exception {
        List<String> slugs = slugs();
        assertThat(slugs).doesNotHaveDuplicates();
    }

    /** Every constant of every {@link ProblemType} enum in the application, and the HTTP exchange's own problems. */
    private static List<String> slugs() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ProblemType.class));
        List<String> slugs = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.vientro")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            assertThat(type.isEnum()).as(type + " lists its problems as an enum").isTrue();
            for (Object constant : type.getEnumConstants()) {
                slugs.add(((ProblemType) constant).slug());
            }
        }
        for (HttpProblem problem : HttpProblem.values()) {
            slugs.add(problem.slug());
        }
        return slugs;
    }

    private static Properties all(String suffix) throws IOException {
        Properties merged = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(bundle),
                        StandardCharsets.UTF_8)) {
                    merged.load(reader);
                }
            }
        }
        return merged;
    }
}
