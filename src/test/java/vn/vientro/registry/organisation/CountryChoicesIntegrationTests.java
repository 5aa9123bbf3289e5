package vn.vientro.registry.organisation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The country list an official picks from: named and sorted in the reader's language, never in ISO code order. */
@VientroIntegrationTest
class CountryChoicesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void countriesAreSortedByTheirNameInTheReadersLanguage() {
        WebClient focal = Staff.focalPoint().browser(port);
        List<String> vietnamese = countries(focal.get("/app/registry/organisations/new").body());
        assertThat(vietnamese).contains("Việt Nam", "Nhật Bản", "Hoa Kỳ", "Đan Mạch", "Đức");
        assertThat(vietnamese).isSortedAccordingTo(collator("vi"));
        assertThat(vietnamese.indexOf("Hoa Kỳ")).as("by name, not by code (JP before US)")
                .isLessThan(vietnamese.indexOf("Nhật Bản"));
        assertThat(vietnamese.indexOf("Đan Mạch")).as("Vietnamese collation: Đ after D, Đan before Đức")
                .isLessThan(vietnamese.indexOf("Đức"));

        List<String> english = countries(focal.get("/app/registry/organisations/new?lang=en").body());
        assertThat(english).contains("Viet Nam", "Japan").isSortedAccordingTo(collator("en"));
    }

    private static List<String> countries(String page) {
        List<String> names = new ArrayList<>();
        for (Element option : Jsoup.parse(page).select("select#countryCode option[value]")) {
            if (!option.attr("value").isEmpty()) {
                names.add(option.text());
            }
        }
        return names;
    }

    private static Collator collator(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
