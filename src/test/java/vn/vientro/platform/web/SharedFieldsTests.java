package vn.vientro.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages draw their inputs with the shared fields of templates/layout: forms.html for a form bound to a record (the
 * label, the error at the field and the attributes announcing both, one way everywhere) or a form laid out as a
 * table, lists.html for a list's filter. An input written by hand where one of them fits fails here, unless it is one
 * of the few listed with the reason no shared field covers it yet; the list only shrinks.
 */
class SharedFieldsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final String NOT_A_RECORD_YET = "a form read from request parameters, not bound to a record yet";

    /** Inputs still written by hand, each with why. */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            entry("identity/security/login.html username", "Spring Security reads the sign-in form, not a record"),
            entry("identity/user/profile.html name", NOT_A_RECORD_YET),
            entry("identity/user/profile.html expiresOn", NOT_A_RECORD_YET),
            entry("registry/organisation/detail.html year", NOT_A_RECORD_YET),
            entry("registry/organisation/detail.html receivedOn", NOT_A_RECORD_YET),
            entry("registry/permit/detail.html validUntil", NOT_A_RECORD_YET),
            entry("registry/permit/detail.html ${f}", NOT_A_RECORD_YET),
            entry("registry/permit/detail.html decisionNumber", NOT_A_RECORD_YET),
            entry("registry/permit/detail.html decisionDate", NOT_A_RECORD_YET),
            entry("aid/dossier/tab.html note", "a note under each document's upload, labelled to the eye: no row field"),
            entry("aid/item/list.html commune", "a filter typed as digits (inputmode): filterText takes no input mode"),
            entry("aid/item/list.html year", "a filter bounded by min and max: filterText takes no bounds"),
            entry("reference/rate/list.html year", "a filter bounded by min and max: filterText takes no bounds"),
            entry("aid/results/indicator-page.html *{unit}", "its hint explains the whole row, under it"),
            entry("reference/rate/fields.html *{__${field}__}", "the rates' own field with an input mode"),
            entry("reference/adminunit/list.html old", "a filter box inside the search form, not a filter bar"),
            entry("reference/fragments/commune-picker.html old", "the picker's own search box"),
            entry("registry/contact/detail.html occurredOn", "a date no later than today (max): dateField has no bounds"));

    @Test
    void pagesDrawTheirInputsWithTheSharedFields() throws IOException {
        TreeSet<String> handWritten = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String template = TEMPLATES.relativize(file).toString().replace('\\', '/');
                if (template.startsWith("layout/")) {
                    continue;
                }
                for (Element input : Jsoup.parse(Files.readString(file)).select("input, select, textarea")) {
                    if (aSharedFieldFits(input)) {
                        handWritten.add(template + " " + nameOf(input));
                    }
                }
            }
        }
        assertThat(handWritten).as("inputs written by hand where a shared field of templates/layout fits")
                .containsExactlyInAnyOrderElementsOf(KNOWN.keySet());
    }

    /** Selects, text areas, texts, numbers, dates and single boxes have a shared field; files, passwords, radios do not. */
    private static boolean aSharedFieldFits(Element input) {
        if (!input.tagName().equals("input")) {
            return true;
        }
        String type = input.attr("type").isEmpty() ? "text" : input.attr("type");
        return switch (type) {
            case "text", "email", "tel", "number", "date" -> true;
            // one box of a group bound to a collection (th:field with th:value) has no shared field
            case "checkbox" -> !(input.hasAttr("th:field") && input.hasAttr("th:value"));
            default -> false;
        };
    }

    private static String nameOf(Element input) {
        for (String attribute : new String[] {"name", "th:name", "th:field", "id", "th:id"}) {
            if (input.hasAttr(attribute)) {
                return input.attr(attribute);
            }
        }
        return input.outerHtml();
    }
}
