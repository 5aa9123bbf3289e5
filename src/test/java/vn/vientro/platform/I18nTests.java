package vn.vientro.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text has a Vietnamese and an English value, and templates hold no text that skips the bundles. */
class I18nTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void everyVietnameseKeyHasAnEnglishValueAndBack() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path vi : files.filter(p -> p.toString().endsWith("_vi.properties")).toList()) {
                Path en = Path.of(vi.toString().replace("_vi.properties", "_en.properties"));
                assertThat(en).as("English pair of " + vi).exists();
                assertThat(new TreeSet<>(load(en).stringPropertyNames()))
                        .as("keys of " + en + " vs " + vi)
                        .isEqualTo(new TreeSet<>(load(vi).stringPropertyNames()));
            }
        }
    }

    @Test
    void noValueIsBlank() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.toList()) {
                Properties properties = load(bundle);
                properties.stringPropertyNames().forEach(key ->
                        assertThat(properties.getProperty(key)).as(bundle + " " + key).isNotBlank());
            }
        }
    }

    @Test
    void templatesShowNoLiteralTextOutsideMessageExpressions() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(template.toFile(), "UTF-8");
                for (Element element : document.getAllElements()) {
                    if (replacesItsText(element)) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        String value = text.text().trim();
                        if (value.chars().anyMatch(Character::isLetter) && !insideReplacedElement(element)) {
                            literals.add(TEMPLATES.relativize(template) + ": \"" + value + "\"");
                        }
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static boolean replacesItsText(Element element) {
        return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                || element.hasAttr("th:errors") || element.tagName().equals("title")
                || element.tagName().equals("script") || element.tagName().equals("style")
                || element.tagName().equals("code");
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (replacesItsText(parent)) {
                return true;
            }
        }
        return false;
    }

    private static Properties load(Path path) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
