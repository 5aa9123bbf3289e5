package vn.vientro.mobilisation.matching;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Needs;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published water-supply need of one commune, and five organisations that declare its field and DAC category: one
 * funded such a project in that commune, one funded nothing, one has no valid paper, one is suspended. The ranking
 * follows the criteria and says why in both languages; the focal point, appraisal lead and leaders read it on the
 * need's page, over the API and, reversed, on the organisation's page; nobody else does.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingIntegrationTests {

    private static final String WATER = "14030";
    private static final String ENVIRONMENT = "2.1";

    @LocalServerPort
    int port;

    private final AidFixtures fixtures = new AidFixtures(new AidTeam());
    // made once the application runs: this class's one instance exists before it
    private Staff commune;
    private LocalDate paperUntil;
    private String place;
    private long need;
    private long funder;
    private long newcomer;
    private long withoutPaper;
    private long suspended;

    @BeforeAll
    void aPublishedNeedAndItsPossibleFunders() {
        commune = Staff.officerOf(ProvinceAgencies.newCommune().id());
        paperUntil = Today.inProvince().plusMonths(14);
        place = fixtures.communes(60).get(59);
        need = Needs.aNeedOf(commune).titled("Cấp nước sạch cho cụm dân cư ven sông",
                "Clean water for a riverside hamlet").about(ENVIRONMENT, List.of(WATER), List.of(place))
                .published(Staff.appraiser());
        funder = declaring().withPermitUntil(paperUntil).register().id();
        fundedIn(funder, place);
        newcomer = declaring().withPermitUntil(paperUntil).register().id();
        withoutPaper = declaring().inCommunes(place).register().id();
        suspended = declaring().inCommunes(place).withPermitUntil(paperUntil).suspended().register().id();
        Events.settle(); // the approved item's footprint is written after its approval commits
    }

    @Test
    void pastAidInTheNeedsCommuneRanksFirstAndAnNgoWithoutValidPaperLast() {
        List<Long> ranked = matches(Staff.focalPoint()).path("matches").valueStream()
                .map(match -> match.path("organisationId").asLong()).toList();
        assertThat(ranked).as("the suspended organisation may not work in the province").doesNotContain(suspended)
                .contains(funder, newcomer, withoutPaper);
        assertThat(ranked.indexOf(funder)).as("funded such a project in the commune").isLessThan(ranked.indexOf(newcomer));
        // without a paper it scores 45 (it declares the commune too) against the newcomer's 35, yet comes after it
        assertThat(ranked.indexOf(withoutPaper)).isGreaterThan(ranked.indexOf(newcomer));
        assertThat(score(funder)).isEqualTo(20 + 15 + 6 + 5);
        assertThat(score(newcomer)).isEqualTo(20 + 15);
        assertThat(score(withoutPaper)).isEqualTo(20 + 15 + 10);
    }

    @Test
    void explainsEachScoreInBothLanguages() {
        JsonNode explanation = match(funder).path("explanation");
        List<String> vi = explanation.valueStream().map(part -> part.path("vi").asString()).toList();
        List<String> en = explanation.valueStream().map(part -> part.path("en").asString()).toList();
        String month = paperUntil.format(DateTimeFormatter.ofPattern("MM/yyyy"));
        assertThat(vi).contains("đã tài trợ 1 dự án Cấp nước và vệ sinh môi trường tại tỉnh",
                "đăng ký hoạt động trong nhóm ngành Cấp nước và vệ sinh môi trường",
                "giấy đăng ký còn hiệu lực đến " + month)
                .anySatisfy(text -> assertThat(text).startsWith("quan tâm lĩnh vực ưu tiên Bảo vệ môi trường"))
                .anySatisfy(text -> assertThat(text).startsWith("trong đó 1 dự án tại "));
        assertThat(en).contains("registration paper valid until " + month)
                .anySatisfy(text -> assertThat(text).startsWith("funded 1 project in Water"));
        assertThat(match(withoutPaper).path("withoutValidPaper").asBoolean()).isTrue();
        assertThat(match(withoutPaper).path("explanation").valueStream().map(part -> part.path("vi").asString()))
                .contains("chưa có giấy đăng ký còn hiệu lực");
    }

    @Test
    void theNeedsPageListsTheLikelyFundersWithALinkToRecordAnApproach() {
        WebClient focal = Staff.focalPoint().browser(port);
        Document detail = Jsoup.parse(focal.get("/app/mobilisation/needs/" + need).body());
        assertThat(detail.select("#need-matches").attr("href")).isEqualTo("/app/mobilisation/needs/" + need + "/matches");
        Document page = Jsoup.parse(focal.get("/app/mobilisation/needs/" + need + "/matches").body());
        assertThat(page.select("#match-" + funder + " .match-score").text()).isEqualTo("46/100");
        assertThat(page.select("#match-" + funder + " .match-explanation").text())
                .contains("đã tài trợ 1 dự án Cấp nước và vệ sinh môi trường tại tỉnh (+6 điểm)");
        assertThat(page.select("#match-" + withoutPaper).text()).contains("Chưa có giấy đăng ký còn hiệu lực");
        assertThat(page.select("#match-" + suspended)).isEmpty();
        String approach = page.select("#match-" + funder + " .match-approach").attr("href");
        assertThat(approach).isEqualTo("/app/mobilisation/needs/" + need + "/interests?organisation=" + funder
                + "#interest-form");
        Document form = Jsoup.parse(focal.get(approach.replace("#interest-form", "")).body());
        assertThat(form.select("#interest-form option[selected]").attr("value")).isEqualTo(Long.toString(funder));

        for (Staff reader : List.of(Staff.appraiser(), Staff.leader())) {
            WebClient browser = reader.browser(port);
            assertThat(browser.get("/app/mobilisation/needs/" + need + "/matches").statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(browser.get("/app/mobilisation/needs/" + need + "/matches").body())
                    .select(".match-approach")).as("only the focal point records approaches").isEmpty();
        }
    }

    @Test
    void onlyTheProvincialRolesReadMatchesAndOnlyOfAPublishedNeed() {
        WebClient proposer = commune.browser(port);
        assertThat(proposer.get("/app/mobilisation/needs/" + need + "/matches").statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(proposer.get("/app/mobilisation/needs/" + need).body()).select("#need-matches"))
                .isEmpty();
        assertThat(api(commune, need).statusCode()).isEqualTo(403);
        assertThat(api(Staff.police(), need).statusCode()).isEqualTo(403);
        long submitted = Needs.aNeedOf(commune).submitted();
        HttpResponse<String> early = api(Staff.focalPoint(), submitted);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("/problems/need-not-published");
        assertThat(api(Staff.focalPoint(), 987654321L).statusCode()).isEqualTo(404);
    }

    @Test
    void theOrganisationsPageListsTheNeedsItIsLikelyToFund() {
        String tab = "?tab=mobilisation.matching.organisation.tab";
        Document page = Jsoup.parse(Staff.focalPoint().browser(port)
                .get("/app/registry/organisations/" + funder + tab).body());
        assertThat(page.select("#records-heading").text()).isEqualTo("Đề xuất có thể tài trợ");
        assertThat(page.select("a[href=/app/mobilisation/needs/" + need + "/matches]")).isNotEmpty();
        assertThat(page.text()).contains("Cấp nước sạch cho cụm dân cư ven sông", "46/100",
                "đã tài trợ 1 dự án Cấp nước và vệ sinh môi trường tại tỉnh");
        assertThat(Jsoup.parse(Staff.focalPoint().browser(port)
                .get("/app/registry/organisations/" + suspended + tab).body()).text())
                .doesNotContain("Cấp nước sạch cho cụm dân cư ven sông");
        assertThat(Jsoup.parse(Staff.police().browser(port)
                .get("/app/registry/organisations/" + funder + tab).body()).text())
                .as("the police do not follow mobilisation").doesNotContain("Cấp nước sạch cho cụm dân cư ven sông");
    }

    private Ngos declaring() {
        return Ngos.anNgo().inFields(ENVIRONMENT).inSectors(WATER);
    }

    /** An approved water-supply project of the donor in the commune. */
    private void fundedIn(long donor, String communeCode) {
        String json = fixtures.projectJson("TECHNICAL_ASSISTANCE", "Cấp nước thôn " + donor, "250000", "USD")
                .replace("\"donorId\":" + fixtures.team().donor().id(), "\"donorId\":" + donor)
                .replace("\"sectorCode\":\"12220\"", "\"sectorCode\":\"" + WATER + "\"")
                .replace("\"communeCode\":\"" + fixtures.communes(1).get(0) + "\"",
                        "\"communeCode\":\"" + communeCode + "\"");
        long item = fixtures.draft(port, fixtures.team().officer().token(), json);
        fixtures.moveTo(port, item, AidStatus.APPROVED);
    }

    private JsonNode matches(Staff reader) {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/catalogue-needs/" + need
                + "/matches?limit=100", reader.token(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AidFixtures.read(response.body());
    }

    private JsonNode match(long organisation) {
        return matches(Staff.focalPoint()).path("matches").valueStream()
                .filter(match -> match.path("organisationId").asLong() == organisation).findFirst().orElseThrow();
    }

    private int score(long organisation) {
        return match(organisation).path("score").asInt();
    }

    private HttpResponse<String> api(Staff reader, long needId) {
        return WebClient.api(port, "GET", "/api/v1/catalogue-needs/" + needId + "/matches", reader.token(), null);
    }
}
