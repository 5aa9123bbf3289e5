package vn.vientro.reporting.map;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.reporting.FigureChoice;
import vn.vientro.reporting.PeriodParameters;
import vn.vientro.aid.money.MoneyFixtures;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map of aid by commune: its figures are the statistics' own (split by commune shares, never counted twice), each
 * reader sees what they may read, the page speaks both languages and the API answers the same figures. Each test has a
 * donor of its own and filters by it, so its figures are exact in the shared database.
 */
@VientroIntegrationTest
class MapIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    AidStatisticsQueries statistics;
    @Autowired
    AidMap map;

    @Test
    void communeFiguresOnThePageAndInTheServiceAreTheStatistics() {
        AidTeam team = new AidTeam();
        long item = approvedWithMoney(team);
        String query = "?period=" + thisMonth() + "&organisation=" + team.donor().id();

        Map<String, StatisticsRow> expected = statistics.breakdown(filter(team), List.of(StatisticsDimension.COMMUNE))
                .stream().collect(Collectors.toMap(row -> row.key(0), row -> row));
        assertThat(expected).hasSize(2);
        AidMap.CommuneMap content = team.focal().acting(() -> map.communes(period(),
                donorOnly(team), MapMeasure.DISBURSED));
        assertThat(content.figures()).hasSize(2).allSatisfy(figure -> {
            StatisticsRow row = expected.get(figure.code());
            assertThat(figure.committedVnd().amount()).isEqualByComparingTo(row.committedVnd());
            assertThat(figure.disbursedVnd().amount()).isEqualByComparingTo(row.disbursedVnd());
            assertThat(figure.committedUsd().amount()).isEqualByComparingTo(row.committedUsd());
            assertThat(figure.items()).isEqualTo(1);
            assertThat(figure.onMap()).isTrue();
        });
        assertThat(content.figures()).extracting(figure -> figure.disbursedVnd().amount())
                .as("largest first; 60 % and 40 % of 1,000,001 đồng add up to it")
                .containsExactly(new BigDecimal("600001"), new BigDecimal("400000"));
        assertThat(content.unplaced()).isNull();

        Document page = Jsoup.parse(team.focal().browser(port).get("/app/reporting/map" + query
                + "&measure=DISBURSED").body());
        List<Element> rows = page.select("#commune-figures tbody tr[data-commune]");
        assertThat(rows).hasSize(2);
        for (Element row : rows) {
            StatisticsRow figures = expected.get(row.attr("data-commune"));
            assertThat(row.select("td").get(1).text()).startsWith(vnd(figures.committedVnd()));
            assertThat(row.select("td").get(2).text()).startsWith(vnd(figures.disbursedVnd()));
            assertThat(row.selectFirst("a").attr("href")).isEqualTo("/app/aid/items?commune=" + row.attr("data-commune")
                    + "&donor=" + team.donor().id());
        }
        assertThat(page.select("#commune-map a.vt-map-commune")).hasSize(148);
        Element drawn = page.selectFirst("#commune-map a[data-commune=" + rows.get(0).attr("data-commune") + "]");
        assertThat(drawn.selectFirst("path").attr("fill")).isEqualTo(MapShade.COLOURS.get(5));
        assertThat(page.select("#commune-map path[fill=" + MapShade.COLOURS.get(0) + "]")).hasSize(146);
        assertThat(page.select("#map-legend li")).hasSizeGreaterThan(1);
        assertThat(item).isPositive();
    }

    @Test
    void thePageSpeaksBothLanguagesAndShowsTheArchipelagos() {
        WebClient leader = Staff.leader().browser(port);

        HttpResponse<String> vietnamese = leader.get("/app/reporting/map?lang=vi");
        assertThat(vietnamese.statusCode()).isEqualTo(200);
        Document vi = Jsoup.parse(vietnamese.body());
        assertThat(vi.selectFirst("h1").text()).startsWith("Bản đồ viện trợ theo xã, phường");
        assertThat(vi.select("#country-map path[data-province]")).hasSize(34);
        assertThat(vi.select("#country-map path.vt-map-ours").attr("data-province")).isEqualTo("25");
        assertThat(vi.select("#country-map text").eachText())
                .containsExactly("Quần đảo Hoàng Sa", "Quần đảo Trường Sa");
        assertThat(vi.select("#country-map g.vt-map-archipelago")).allSatisfy(archipelago -> assertThat(
                archipelago.select("circle")).as("its islands, drawn as dots").hasSizeGreaterThan(5));
        assertThat(vietnamese.body().length()).as("the page with both maps, in characters").isLessThan(300_000);
        assertThat(vi.text()).contains("Thang Le Quoc (MIT)");

        Document en = Jsoup.parse(leader.get("/app/reporting/map?lang=en&period=2025-Q3&measure=ITEMS").body());
        assertThat(en.selectFirst("h1").text()).isEqualTo("Aid map by commune: Q3 2025");
        assertThat(en.select("#f-period option[selected]").val()).isEqualTo("2025-Q3");
        assertThat(en.select("#country-map text").eachText())
                .as("the archipelagos keep their Vietnamese names").contains("Quần đảo Hoàng Sa");
        assertThat(en.text()).contains("Number of aid items");
    }

    @Test
    void anOfficerSeesOnlyTheAidOfTheirAgency() {
        AidTeam team = new AidTeam();
        approvedWithMoney(team);
        FigureChoice query = donorOnly(team);

        assertThat(team.officer().acting(() -> map.communes(period(), query, null)).figures()).hasSize(2);
        Staff other = Staff.officerOf(team.otherDepartment().id());
        assertThat(other.acting(() -> map.communes(period(), query, null)).figures()).isEmpty();
        Document page = Jsoup.parse(other.browser(port).get("/app/reporting/map?period=" + thisMonth()
                + "&organisation=" + team.donor().id()).body());
        assertThat(page.select("#commune-figures tbody tr[data-commune]")).isEmpty();
    }

    @Test
    void theApiAnswersTheSameFigures() {
        AidTeam team = new AidTeam();
        approvedWithMoney(team);

        HttpResponse<String> answer = WebClient.api(port, "GET", "/api/v1/statistics/communes?period=" + thisMonth()
                + "&organisation=" + team.donor().id() + "&measure=COMMITTED", team.leader().token(), null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = MoneyFixtures.JSON.readTree(answer.body());
        assertThat(body.path("period").asString()).isEqualTo(thisMonth());
        assertThat(body.path("communes")).hasSize(2);
        assertThat(body.path("communes").get(0).path("committedVnd").decimalValue())
                .isEqualByComparingTo("6000000");
        assertThat(body.path("communes").get(1).path("committedVnd").decimalValue())
                .isEqualByComparingTo("4000000");
        assertThat(body.path("communes").get(0).path("inProvince").asBoolean()).isTrue();
        assertThat(WebClient.api(port, "GET", "/api/v1/statistics/communes?kind=NOT_A_KIND",
                team.leader().token(), null).statusCode()).isEqualTo(400);
    }

    /** An approved item of the team's donor, 60 % and 40 % in two communes, with money of this month. */
    private long approvedWithMoney(AidTeam team) {
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long id = items.itemIn(AidStatus.APPROVED);
        String token = team.officer().token();
        created(items.post(id, token, "COMMITMENT", MoneyFixtures.today(), "10000000", "VND", ""));
        created(items.post(id, token, "DISBURSEMENT", MoneyFixtures.today(), "1000001", "VND", ""));
        return id;
    }

    private static PeriodParameters period() {
        return new PeriodParameters(thisMonth(), null, null);
    }

    private static FigureChoice donorOnly(AidTeam team) {
        return FigureChoice.NONE.withOrganisation(team.donor().id());
    }

    private static StatisticsFilter filter(AidTeam team) {
        YearMonth month = YearMonth.from(MoneyFixtures.today());
        return StatisticsFilter.of(month, month).withDonors(Set.of(team.donor().id()));
    }

    private static String thisMonth() {
        YearMonth month = YearMonth.from(MoneyFixtures.today());
        return month + "_" + month;
    }

    /** An amount as the pages print it in Vietnamese: "6.000.000 ₫". */
    private static String vnd(BigDecimal amount) {
        return String.format(Locale.GERMANY, "%,d", amount.longValueExact()) + " ₫";
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
