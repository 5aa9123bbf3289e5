package vn.vientro.reporting;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of every figure are read one way: the dashboard, the map and the pivot show the same seven drop-downs
 * with the same choices; a page reads what it can of an edited address, a program's call is refused at the parameter
 * that names nothing; the API documents the parameters once, the same for each statistics operation.
 */
@VientroIntegrationTest
class FigureFiltersIntegrationTests {

    private static final List<String> FILTERS =
            List.of("field", "sector", "commune", "country", "organisation", "kind", "status");
    private static final List<String> PAGES =
            List.of("/app/reporting/dashboard", "/app/reporting/map", "/app/reporting/pivot");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theThreePagesOfferTheSameChoicesForEachFilter() {
        List<Document> pages = PAGES.stream()
                .map(path -> Jsoup.parse(Staff.leader().browser(port).get(path + "?kind=PROGRAMME").body())).toList();

        for (String filter : FILTERS) {
            List<List<String>> offered = pages.stream()
                    .map(page -> page.select("#f-" + filter + " option").eachAttr("value")).toList();
            assertThat(offered.get(0)).as(filter).isNotEmpty().startsWith("");
            assertThat(offered).as("the choices of %s on %s", filter, PAGES).allSatisfy(choices ->
                    assertThat(choices).isEqualTo(offered.get(0)));
        }
        assertThat(pages).allSatisfy(page ->
                assertThat(page.select("#f-kind option[selected]").eachAttr("value")).containsExactly("PROGRAMME"));
    }

    @Test
    void theThreePagesOfferTheSamePeriods() {
        int thisYear = java.time.LocalDate.now().getYear();
        for (String period : List.of("period=" + thisYear, "period=" + (thisYear - 3) + "-Q2",
                "period=" + (thisYear - 12), "period=" + (thisYear - 4) + "-01_" + thisYear + "-12",
                "from=" + (thisYear - 2) + "-03&to=" + (thisYear - 1) + "-02")) {
            List<Document> pages = PAGES.stream()
                    .map(path -> Jsoup.parse(Staff.leader().browser(port).get(path + "?" + period).body())).toList();
            // the dashboard's "custom" choice (no value) opens its month fields: not a period of its own
            List<List<String>> offered = pages.stream()
                    .map(page -> page.select("#f-period option:not([value=''])").eachAttr("value")).toList();
            assertThat(offered.get(0)).as(period).contains(Integer.toString(thisYear), thisYear + "-H1",
                    thisYear + "-Q4", (thisYear - 9) + "");
            assertThat(offered).as("the periods offered for %s on %s", period, PAGES).allSatisfy(periods ->
                    assertThat(periods).isEqualTo(offered.get(0)));
        }
        List<Document> quarter = PAGES.stream().map(path -> Jsoup.parse(Staff.leader().browser(port)
                .get(path + "?period=" + (thisYear - 3) + "-Q2").body())).toList();
        assertThat(quarter).allSatisfy(page -> assertThat(page.select("#f-period option[selected]").eachAttr("value"))
                .containsExactly((thisYear - 3) + "-Q2"));
    }

    @Test
    void countriesAreNamedAndSortedInTheReadersLanguage() {
        new AidTeam().donor(); // an American donor at least
        Document vi = Jsoup.parse(Staff.leader().browser(port).get("/app/reporting/map?lang=vi").body());
        Document en = Jsoup.parse(Staff.leader().browser(port).get("/app/reporting/map?lang=en").body());

        List<String> vietnamese = vi.select("#f-country option:not([value=''])").eachText();
        List<String> english = en.select("#f-country option:not([value=''])").eachText();
        assertThat(vietnamese).isNotEmpty().isSortedAccordingTo(
                java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))::compare);
        assertThat(english).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.ENGLISH)::compare);
        assertThat(vi.select("#f-country option[value=US]").text()).isEqualTo("Hoa Kỳ");
        assertThat(en.select("#f-country option[value=US]").text()).startsWith("United States");
    }

    @Test
    void theOrganisationsOfferedFollowTheRegistryFromOneRequestToTheNext() {
        long donor = new AidTeam().donor().id();
        String option = "#f-organisation option[value=" + donor + "]";
        Document before = Jsoup.parse(Staff.leader().browser(port).get("/app/reporting/dashboard?lang=vi").body());
        assertThat(before.select(option)).hasSize(1);

        String renamed = "Renamed donor " + donor;
        jdbc.sql("update registry.organisation set name_vi = :name, version = version + 1 where id = :id")
                .param("name", renamed).param("id", donor).update();
        Document after = Jsoup.parse(Staff.leader().browser(port).get("/app/reporting/dashboard?lang=vi&organisation="
                + donor).body());

        assertThat(after.select(option).text()).isEqualTo(renamed);
        assertThat(after.select("#f-organisation option[selected]").eachAttr("value")).containsExactly(
                Long.toString(donor));
        assertThat(after.select("#f-organisation option:not([value=''])").eachText()).isSortedAccordingTo(
                java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))::compare);
    }

    @Test
    void aPageReadsWhatItCanWhileAProgramIsToldWhatIsWrong() {
        for (String path : PAGES) {
            HttpResponse<String> page = Staff.leader().browser(port).get(path + "?kind=PLANET&period=2026-Q9");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/api/v1/statistics/summary?", "/api/v1/statistics/breakdown?by=YEAR&",
                "/api/v1/statistics/communes?")) {
            assertThat(refusedAt(path + "kind=PLANET")).as(path).isEqualTo("kind");
            assertThat(refusedAt(path + "organisation=7.5")).as(path).isEqualTo("organisation");
            assertThat(refusedAt(path + "period=2026-Q9")).as(path).isEqualTo("period");
            assertThat(refusedAt(path + "from=2026-05&to=2026-01")).as(path).isEqualTo("from");
            assertThat(WebClient.api(port, "GET", path + "kind=PROGRAMME&period=2026-Q3&country=us",
                    Staff.leader().token(), null).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theApiDocumentsTheFiltersOnceAndAlike() {
        HttpResponse<String> document = Staff.leader().browser(port).get("/v3/api-docs");
        JsonNode paths = JsonMapper.builder().build().readTree(document.body()).path("paths");

        for (String path : List.of("/api/v1/statistics/summary", "/api/v1/statistics/breakdown",
                "/api/v1/statistics/communes")) {
            JsonNode parameters = paths.path(path).path("get").path("parameters");
            List<String> names = parameters.valueStream().map(p -> p.path("name").asString()).toList();
            assertThat(names).as(path).contains("period", "from", "to").containsAll(FILTERS);
            JsonNode kind = parameters.valueStream().filter(p -> p.path("name").asString().equals("kind"))
                    .findFirst().orElseThrow();
            assertThat(kind.path("description").asString()).isEqualTo("The kind of aid");
            assertThat(kind.toString()).as("an aid kind is one of the kinds").contains("PROGRAMME", "EMERGENCY_RELIEF");
        }
    }

    private String refusedAt(String path) {
        HttpResponse<String> answer = WebClient.api(port, "GET", path, Staff.leader().token(), null);
        assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(400);
        return JsonMapper.builder().build().readTree(answer.body()).path("errors").get(0).path("field").asString();
    }
}
