package vn.vientro.portal.transparency;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.reference.PriorityFields;
import vn.vientro.registry.Registry;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transparency of aid as an anonymous visitor sees it: approved items with only their public groups, never a draft,
 * a refused item or a field of a group the focal point kept closed; filters; the figures' tables; caching.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransparencyIntegrationTests {

    private static final String SECRET = "QZTRANSPSECRET";

    @LocalServerPort
    int port;

    final AidTeam team = new AidTeam();
    final AidFixtures aid = new AidFixtures(team);
    final int n = Unique.number();
    final String mark = "MB" + n;

    String commune;
    String donorName;
    String field;
    long open;
    long closed;
    long draft;
    long refused;

    @BeforeAll
    void itemsWithSomeGroupsPublic() {
        List<String> communes = aid.communes(200);
        commune = communes.get(1 + n % (communes.size() - 1));
        donorName = ApplicationUnderTest.bean(Registry.class).find(team.donor().id()).orElseThrow().name();
        field = ApplicationUnderTest.bean(PriorityFields.class).all().get(0).code();
        open = aid.draft(port, team.officer().token(), item("Nước sạch cho bản " + mark, "Clean water " + mark,
                "\"SUMMARY\",\"VALUE\",\"SECTORS\",\"LOCATIONS\",\"MONEY\""));
        aid.moveTo(port, open, AidStatus.IMPLEMENTING);
        record(open, "COMMITMENT", "250000");
        disburse(open, "1111");
        closed = aid.draft(port, team.officer().token(), item("Trường học an toàn " + mark, "Safe schools " + mark,
                "\"SUMMARY\""));
        aid.moveTo(port, closed, AidStatus.IMPLEMENTING);
        record(closed, "COMMITMENT", "250000");
        disburse(closed, "2222");
        draft = aid.draft(port, team.officer().token(), item(SECRET + " nháp " + mark, SECRET + " draft", "\"SUMMARY\""));
        refused = aid.draft(port, team.officer().token(), item(SECRET + " từ chối " + mark, SECRET + " refused",
                "\"SUMMARY\""));
        aid.moveTo(port, refused, AidStatus.REFUSED);
        Events.settle();
    }

    @Test
    void theListShowsApprovedItemsWithOnlyTheirPublicGroups() {
        WebClient visitor = new WebClient(port);
        HttpResponse<String> vi = visitor.get("/minh-bach?commune=" + commune);
        assertThat(vi.statusCode()).isEqualTo(200);
        assertThat(vi.headers().firstValue("Cache-Control").orElse("")).contains("public");
        Document list = Jsoup.parse(vi.body());
        assertThat(list.select("#transparency-items a[href^=/minh-bach/" + open + "-]").text())
                .isEqualTo("Nước sạch cho bản " + mark);
        assertThat(list.select("#transparency-items").text()).contains("250.000,00 USD").contains(donorName);
        assertThat(list.select("link[rel=alternate][hreflang=en]").attr("href"))
                .endsWith("/en/transparency?commune=" + commune);
        assertThat(list.select("nav a[href=/minh-bach]")).as("the portal's menu links here").isNotEmpty();

        String all = visitor.get("/minh-bach").body() + visitor.get("/en/transparency").body();
        assertThat(all).contains("Trường học an toàn " + mark).contains("Safe schools " + mark)
                .as("never a draft, a refusal or a closed group").doesNotContain(SECRET);
        Document en = Jsoup.parse(visitor.get("/en/transparency?commune=" + commune).body());
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("#transparency-items a[href^=/en/transparency/" + open + "-]").text())
                .isEqualTo("Clean water " + mark);
    }

    @Test
    void anItemsPageShowsItsPublicGroupsOnly() {
        WebClient visitor = new WebClient(port);
        HttpResponse<String> page = visitor.get("/minh-bach/" + open + "-x");
        assertThat(page.statusCode()).as("a wrong slug leads to the right address").isEqualTo(301);
        String url = WebClient.location(page);
        Document item = Jsoup.parse(visitor.get(url.substring(url.indexOf("/minh-bach"))).body());
        assertThat(item.select("h1").text()).isEqualTo("Nước sạch cho bản " + mark);
        assertThat(item.select("#item-facts").text()).contains(donorName).contains("250.000,00 USD")
                .contains("1.111,00 USD").contains("14030");
        assertThat(item.select("#item-disbursed")).isNotEmpty();
        assertThat(item.text()).doesNotContain(SECRET);

        String closedPage = visitor.get(WebClient.location(visitor.get("/en/transparency/" + closed))
                .replaceFirst("^https?://[^/]+", "")).body();
        Document shut = Jsoup.parse(closedPage);
        assertThat(shut.select("h1").text()).isEqualTo("Safe schools " + mark);
        assertThat(shut.select("#item-value, #item-disbursed")).as("value and money not public").isEmpty();
        assertThat(closedPage).doesNotContain("2.222").doesNotContain("250.000").doesNotContain("14030")
                .doesNotContain(SECRET);

        for (long hidden : new long[] {draft, refused}) {
            assertThat(visitor.get("/minh-bach/" + hidden).statusCode()).isEqualTo(404);
            assertThat(visitor.get("/en/transparency/" + hidden + "-x").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void filtersNarrowTheList() {
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/minh-bach?sector=14030").body()).contains("Nước sạch cho bản " + mark)
                .doesNotContain("Trường học an toàn " + mark);
        assertThat(visitor.get("/minh-bach?field=" + field).body()).contains("Nước sạch cho bản " + mark)
                .contains("Trường học an toàn " + mark);
        assertThat(visitor.get("/minh-bach?year=1999").body()).doesNotContain(mark);
        String country = ApplicationUnderTest.bean(Registry.class).find(team.donor().id()).orElseThrow().countryCode();
        if (country != null) {
            assertThat(visitor.get("/minh-bach?country=" + country).body()).contains("Nước sạch cho bản " + mark);
        }
        assertThat(visitor.get("/minh-bach?country=ZZ").body()).doesNotContain(mark);
        assertThat(visitor.get("/minh-bach?year=abc&page=-1&commune=" + commune).body())
                .as("a typo narrows nothing").contains("Nước sạch cho bản " + mark);
    }

    @Test
    void theFiguresHaveTheirTablesBesideTheCharts() {
        Document list = Jsoup.parse(new WebClient(port).get("/minh-bach?commune=" + commune).body());
        assertThat(list.select("#figures-total").text()).contains("1").contains("1.111,00 USD")
                .contains("250.000,00 USD");
        String year = Integer.toString(Today.inProvince().getYear());
        assertThat(list.select("#figures-by-year tbody tr").text()).startsWith(year).contains("1.111,00 USD");
        assertThat(list.select("#figures-by-field tbody tr").text()).contains("1.111,00 USD");
        assertThat(list.select("canvas#chart-by-year").attr("data-labels")).isEqualTo(year);
        assertThat(list.select("canvas#chart-by-year").attr("data-series")).isEqualTo("250000.00;1111.00");
        assertThat(list.select("script[src*=chart.umd.js]")).isNotEmpty();
    }

    @Test
    void theHeadlineIsTheStatisticsPublicQueryAndAgreesWithTheStatisticsApi() {
        int year = Today.inProvince().getYear();
        TransparencyViews views = ApplicationUnderTest.bean(TransparencyViews.class);
        TransparencyFilter inCommune = TransparencyFilter.of(commune, null, null, null, Integer.toString(year), null);
        // approved with its money public too, but its summary (publication) kept closed: never counted
        long unpublished = aid.draft(port, team.officer().token(), item("Chưa công bố " + mark, "Unpublished " + mark,
                "\"VALUE\",\"LOCATIONS\",\"MONEY\""));
        aid.moveTo(port, unpublished, AidStatus.IMPLEMENTING);
        record(unpublished, "COMMITMENT", "7777");
        Events.settle();

        AidFigures portal = views.figures(inCommune, PortalLanguage.VI);
        assertThat(portal.total().items()).as("only the published item whose money is public").isEqualTo(1);
        assertThat(portal.total().committedUsd()).isEqualByComparingTo("250000");
        assertThat(portal.total().disbursedUsd()).isEqualByComparingTo("1111");

        String query = "/api/v1/statistics/breakdown?by=YEAR&period=" + year + "&commune=" + commune;
        var published = AidFixtures.read(WebClient.api(port, "GET", query + "&published=true", team.focal().token(),
                null).body());
        assertThat(published).singleElement().satisfies(row -> {
            AidFigures.Row same = portal.byYear().get(0);
            assertThat(same.label()).isEqualTo(row.path("keys").get(0).asString());
            assertThat(same.items()).isEqualTo(row.path("items").asLong());
            assertThat(same.committedVnd()).isEqualByComparingTo(row.path("committedVnd").decimalValue());
            assertThat(same.committedUsd()).isEqualByComparingTo(row.path("committedUsd").decimalValue());
            assertThat(same.disbursedVnd()).isEqualByComparingTo(row.path("disbursedVnd").decimalValue());
            assertThat(same.disbursedUsd()).isEqualByComparingTo(row.path("disbursedUsd").decimalValue());
        });
        var all = AidFixtures.read(WebClient.api(port, "GET", query, team.focal().token(), null).body());
        assertThat(all.get(0).path("items").asLong()).as("staff read every approved item with money in the commune")
                .isGreaterThanOrEqualTo(3);
        assertThat(all.get(0).path("committedUsd").decimalValue()).isEqualByComparingTo("507777");

        var byField = AidFixtures.read(WebClient.api(port, "GET", "/api/v1/statistics/breakdown?by=PRIORITY_FIELD"
                + "&period=" + year + "&commune=" + commune + "&published=true", team.focal().token(), null).body());
        assertThat(portal.byField()).hasSize(byField.size());
        assertThat(portal.byField().get(0).committedUsd())
                .isEqualByComparingTo(byField.get(0).path("committedUsd").decimalValue());

        var everyYear = AidFixtures.read(WebClient.api(port, "GET", "/api/v1/statistics/breakdown?by=YEAR"
                + "&period=1990-01_2099-12&published=true", team.focal().token(), null).body());
        List<String> aggregates = new WebClient(port).get("/du-lieu-mo/so-lieu-tong-hop.csv").body().lines().toList();
        assertThat(everyYear.size()).isPositive();
        for (var row : everyYear) {
            String yearKey = row.path("keys").get(0).asString();
            assertThat(aggregates).as("the open-data file gives the headline's figures for " + yearKey)
                    .contains("year," + yearKey + "," + yearKey + "," + yearKey + "," + row.path("items").asLong()
                            + "," + money(row.path("committedVnd").decimalValue()) + ","
                            + money(row.path("committedUsd").decimalValue()) + ","
                            + money(row.path("disbursedVnd").decimalValue()) + ","
                            + money(row.path("disbursedUsd").decimalValue()));
        }
    }

    private static String money(java.math.BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void pagesAreCachedUntilTheItemsMoneyChanges() {
        long item = aid.draft(port, team.officer().token(), item("Cầu dân sinh " + mark, "Footbridge " + mark,
                "\"SUMMARY\",\"VALUE\",\"MONEY\""));
        aid.moveTo(port, item, AidStatus.IMPLEMENTING);
        Events.settle();
        WebClient visitor = new WebClient(port);
        String path = WebClient.location(visitor.get("/minh-bach/" + item)).replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> first = visitor.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(visitor.sending("If-None-Match", etag).get(path).statusCode()).isEqualTo(304);

        disburse(item, "3333");
        Events.settle();
        HttpResponse<String> after = visitor.get(path);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(Jsoup.parse(after.body()).select("#item-disbursed").text()).contains("3.333,00 USD");
    }

    @Test
    void pagesAreRenewedWhenTheItemsResultsChange() {
        long item = aid.draft(port, team.officer().token(), item("Nhà văn hoá " + mark, "Cultural house " + mark,
                "\"SUMMARY\",\"RESULTS\""));
        aid.moveTo(port, item, AidStatus.IMPLEMENTING);
        Events.settle();
        WebClient visitor = new WebClient(port);
        String path = WebClient.location(visitor.get("/minh-bach/" + item)).replaceFirst("^https?://[^/]+", "");
        String etag = visitor.get(path).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> added = WebClient.api(port, "POST", "/api/v1/aid-items/" + item + "/results",
                team.focal().token(), "{\"level\":\"OUTPUT\",\"titleVi\":\"Kết quả công khai " + mark + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        Events.settle();
        HttpResponse<String> after = visitor.sending("If-None-Match", etag).get(path);
        assertThat(after.statusCode()).as("a results change renews the page").isEqualTo(200);
        assertThat(after.body()).contains("Kết quả công khai " + mark);
    }

    @Test
    void openDataFilesHoldThePublicDataWithStableColumns() {
        WebClient visitor = new WebClient(port);
        HttpResponse<String> csv = visitor.get("/du-lieu-mo/khoan-vien-tro.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFid,code,name_vi,name_en,approved_on,donor,donor_country,"
                + "priority_field,sectors,communes,value_amount,value_currency,value_vnd,value_usd,disbursed_vnd,"
                + "disbursed_usd,url_vi,url_en");
        String openRow = lines.stream().filter(line -> line.startsWith(open + ",")).findFirst().orElseThrow();
        assertThat(openRow).contains("Nước sạch cho bản " + mark).contains("14030:100").contains(commune + ":100")
                .contains(",250000.00,USD,").contains(",1111.00,");
        String closedRow = lines.stream().filter(line -> line.startsWith(closed + ",")).findFirst().orElseThrow();
        assertThat(closedRow).contains("Trường học an toàn " + mark).doesNotContain("250000").doesNotContain("2222")
                .doesNotContain("14030");
        assertThat(csv.body()).doesNotContain(SECRET);
        assertThat(visitor.get("/en/open-data/aid-items.csv").body()).isEqualTo(csv.body());

        String json = visitor.get("/du-lieu-mo/khoan-vien-tro.json").body();
        var file = AidFixtures.read(json);
        assertThat(file.path("licence").asString()).isEqualTo("CC-BY-4.0");
        assertThat(file.path("generated_on").asString()).isEqualTo(Today.inProvince().toString());
        assertThat(json).contains("\"name_vi\":\"Nước sạch cho bản " + mark + "\"").doesNotContain(SECRET);

        Document page = Jsoup.parse(visitor.get("/du-lieu-mo").body());
        assertThat(page.select("#open-data-columns code").eachText()).contains("disbursed_usd", "donor_country");
        assertThat(page.select("#open-data-csv").attr("href")).isEqualTo("/du-lieu-mo/khoan-vien-tro.csv");
        assertThat(page.select("a[rel=license]")).isNotEmpty();
        assertThat(Jsoup.parse(visitor.get("/minh-bach").body()).select("#open-data-link").attr("href"))
                .isEqualTo("/du-lieu-mo");
        assertThat(Jsoup.parse(visitor.get("/en/open-data").body()).select("#open-data-json").attr("href"))
                .isEqualTo("/en/open-data/aid-items.json");
    }

    @Test
    void openDataAggregatesSumThePublicAidByFieldCommuneCountryAndYear() {
        WebClient visitor = new WebClient(port);
        HttpResponse<String> csv = visitor.get("/du-lieu-mo/so-lieu-tong-hop.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFdimension,code,label_vi,label_en,items,committed_vnd,"
                + "committed_usd,disbursed_vnd,disbursed_usd");
        assertThat(lines).anyMatch(line -> line.startsWith("priority_field," + field + ","))
                .anyMatch(line -> line.startsWith("year," + Today.inProvince().getYear() + ","));
        String communeRow = lines.stream().filter(line -> line.startsWith("commune," + commune + ",")).findFirst()
                .orElseThrow();
        assertThat(communeRow).as("only the item whose locations are public counts by commune")
                .contains(",1,").endsWith(",1111.00").doesNotContain("2222");
        assertThat(csv.body()).doesNotContain(SECRET);
        assertThat(visitor.get("/en/open-data/aggregates.csv").body()).isEqualTo(csv.body());

        var json = AidFixtures.read(visitor.get("/en/open-data/aggregates.json").body());
        assertThat(json.path("licence").asString()).isEqualTo("CC-BY-4.0");
        boolean found = false;
        for (var row : json.path("items")) {
            if ("commune".equals(row.path("dimension").asString()) && commune.equals(row.path("code").asString())) {
                found = true;
                assertThat(row.path("items").asLong()).isEqualTo(1);
                assertThat(row.path("disbursed_usd").decimalValue()).isEqualByComparingTo("1111");
            }
        }
        assertThat(found).isTrue();
        Document page = Jsoup.parse(visitor.get("/du-lieu-mo").body());
        assertThat(page.select("#open-data-aggregates-columns code").eachText()).contains("dimension", "items",
                "committed_usd");
        assertThat(page.select("table[id$=columns] caption").eachText()).hasSize(3).noneMatch(String::isBlank);
        assertThat(page.select("table[id$=columns] td").eachText()).as("every column's meaning is a text, not a key")
                .isNotEmpty().noneMatch(text -> text.contains("??") || text.contains("portal.openData"));
        assertThat(page.select("#open-data-aggregates-json").attr("href")).isEqualTo("/du-lieu-mo/so-lieu-tong-hop.json");
    }

    @Test
    void theSiteMapListsPublishedItemsInBothLanguages() {
        String map = new WebClient(port).get("/sitemap.xml").body();
        assertThat(map).contains("/minh-bach/" + open + "-").contains("/en/transparency/" + open + "-clean-water")
                .contains("/minh-bach/" + closed + "-").doesNotContain("/minh-bach/" + draft + "-")
                .doesNotContain("/minh-bach/" + refused + "-");
    }

    private String item(String nameVi, String nameEn, String groups) {
        return """
                {"kind":"TECHNICAL_ASSISTANCE","deliveryForm":"CASH","nameVi":"%s","nameEn":"%s",
                 "priorityField":"%s","objectivesVi":"Cấp nước sạch sinh hoạt","donorId":%d,
                 "ownerAgencyId":%d,"governingAgencyId":%d,"plannedStart":"%s","plannedEnd":"%s",
                 "totalAmount":250000,"totalCurrency":"USD","targetGroups":"%s nhóm",
                 "aidAccountNumber":"%s-ACC","aidAccountBank":"%s bank",
                 "sectors":[{"sectorCode":"14030","percent":100}],
                 "locations":[{"communeCode":"%s","percent":100}],
                 "publicGroups":[%s]}
                """.formatted(nameVi, nameEn, field, team.donor().id(), team.owner().id(), team.governing().id(),
                Today.inProvince(), Today.inProvince().plusYears(2), SECRET, SECRET, SECRET, commune, groups);
    }

    private void disburse(long id, String amount) {
        record(id, "DISBURSEMENT", amount);
    }

    private void record(long id, String kind, String amount) {
        HttpResponse<String> recorded = WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/transactions",
                team.officer().token(), "{\"kind\":\"%s\",\"valueDate\":\"%s\",\"amount\":%s,\"currency\":\"USD\"}"
                        .formatted(kind, Today.inProvince(), amount));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    }
}
