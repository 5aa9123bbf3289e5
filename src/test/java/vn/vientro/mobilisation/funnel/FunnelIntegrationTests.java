package vn.vientro.mobilisation.funnel;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Needs;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focal point approaches organisations for a need and records how far each comes; the board counts the stages
 * and the conversion; the proposer follows its own need's funnel; nobody else changes it.
 */
@VientroIntegrationTest
class FunnelIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final Staff commune = Staff.officerOf(ProvinceAgencies.newCommune().id());
    private final Staff focal = Staff.focalPoint();

    @Test
    void theFocalPointRecordsAnOrganisationAndMovesItThroughTheFunnel() {
        long need = Needs.aNeedOf(commune).accepted(Staff.appraiser());
        long oxfam = Ngos.anNgo().named("Oxfam Novib", "Tổ chức Oxfam Novib").register().id();
        WebClient browser = focal.browser(port);
        browser.get("/app/mobilisation/needs/" + need + "/interests");
        HttpResponse<String> recorded = browser.post("/app/mobilisation/needs/" + need + "/interests", Map.of(
                "organisationId", Long.toString(oxfam), "stage", "CONTACTED", "onDate", "02/03/2026",
                "contactPerson", "Nguyễn Thị Hoa", "cameFrom", "Hội nghị xúc tiến vận động viện trợ 2026"));
        assertThat(recorded.statusCode()).isEqualTo(302);

        long interest = interestOf(need, oxfam);
        move(browser, need, interest, "INTERESTED", "15/03/2026", null);
        move(browser, need, interest, "PLEDGED", "20/04/2026", null);
        Document page = Jsoup.parse(browser.get("/app/mobilisation/needs/" + need + "/interests").body());
        assertThat(page.select("#interest-" + interest + " .interest-stage").text()).isEqualTo("Đã cam kết tài trợ");
        assertThat(page.select("#interest-" + interest + " .interest-steps li").eachText())
                .as("every step with its date, oldest first").hasSize(3)
                .satisfies(steps -> assertThat(steps.get(0)).startsWith("02/03/2026 Đã liên hệ"))
                .satisfies(steps -> assertThat(steps.get(2)).startsWith("20/04/2026 Đã cam kết tài trợ"));
        assertThat(page.text()).contains("Người liên hệ: Nguyễn Thị Hoa.");

        move(browser, need, interest, "COMMITTED", "01/05/2026", null);
        page = Jsoup.parse(browser.get("/app/mobilisation/needs/" + need + "/interests").body());
        assertThat(page.select("#interest-" + interest + " .move-errors").text())
                .as("a commitment names its aid item").contains("Ghi số khoản viện trợ");
        move(browser, need, interest, "INTERESTED", "02/05/2026", null);
        page = Jsoup.parse(browser.get("/app/mobilisation/needs/" + need + "/interests").body());
        assertThat(page.select("#interest-" + interest + " .move-errors").text())
                .contains("Không thể chuyển từ bước «Đã cam kết tài trợ» sang «Quan tâm»");
        move(browser, need, interest, "COMMITTED", "01/05/2026", "4711");
        assertThat(jdbc.sql("select stage || ':' || aid_item_id from mobilisation.interest where id = :id")
                .param("id", interest).query(String.class).single()).isEqualTo("COMMITTED:4711");
    }

    @Test
    void oneInterestPerNeedAndOrganisationAndAStaleMoveIsRefused() {
        long need = Needs.aNeedOf(commune).accepted(Staff.appraiser());
        long ngo = Ngos.anNgo().register().id();
        String body = "{\"organisationId\":" + ngo + ",\"stage\":\"CONTACTED\",\"onDate\":\"2026-03-02\"}";
        assertThat(api("POST", "/api/v1/catalogue-needs/" + need + "/interests", focal, body).statusCode())
                .isEqualTo(201);
        HttpResponse<String> again = api("POST", "/api/v1/catalogue-needs/" + need + "/interests", focal, body);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("organisationId");

        long interest = interestOf(need, ngo);
        String move = "{\"version\":%d,\"stage\":\"INTERESTED\",\"onDate\":\"2026-03-10\"}";
        assertThat(api("POST", "/api/v1/interests/" + interest + "/moves", focal, move.formatted(0)).statusCode())
                .isIn(200, 204);
        HttpResponse<String> stale = api("POST", "/api/v1/interests/" + interest + "/moves", focal,
                move.formatted(0).replace("INTERESTED", "DECLINED"));
        assertThat(stale.statusCode()).as("another official moved it first").isEqualTo(409);
        assertThat(api("GET", "/api/v1/catalogue-needs/" + need + "/interests", focal, null).body())
                .contains("\"stage\":\"INTERESTED\"");
    }

    @Test
    void aDraftNeedIsNotMobilisedFor() {
        long draft = Needs.aNeedOf(commune).draft();
        long ngo = Ngos.anNgo().register().id();
        HttpResponse<String> refused = api("POST", "/api/v1/catalogue-needs/" + draft + "/interests", focal,
                "{\"organisationId\":" + ngo + ",\"stage\":\"CONTACTED\",\"onDate\":\"2026-03-02\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("needId");
    }

    @Test
    void theBoardCountsEachStageAndItsConversion() {
        List<FunnelStage> before = board();
        long need = Needs.aNeedOf(commune).accepted(Staff.appraiser());
        opened(need, "CONTACTED", Ngos.anNgo().named("Board Column Foundation", "Quỹ Cột Bảng").register().id());
        long b = opened(need, "CONTACTED");
        long c = opened(need, "CONTACTED");
        moveByApi(b, 0, "INTERESTED");
        moveByApi(b, 1, "PLEDGED");
        moveByApi(c, 0, "INTERESTED");
        moveByApi(c, 1, "DECLINED");
        List<FunnelStage> after = board();
        assertThat(reached(after, InterestStage.CONTACTED) - reached(before, InterestStage.CONTACTED)).isEqualTo(3);
        assertThat(reached(after, InterestStage.INTERESTED) - reached(before, InterestStage.INTERESTED))
                .as("a declined interest counts for the stages it passed").isEqualTo(2);
        assertThat(reached(after, InterestStage.PLEDGED) - reached(before, InterestStage.PLEDGED)).isEqualTo(1);
        assertThat(standing(after, InterestStage.DECLINED) - standing(before, InterestStage.DECLINED)).isEqualTo(1);
        assertThat(after.get(0).percentOfContacted()).isEqualTo(100);

        Document page = Jsoup.parse(focal.browser(port).get(FunnelController.BOARD).body());
        assertThat(page.select("#funnel-table tbody tr")).hasSize(6);
        assertThat(page.select("#funnel-board section[aria-labelledby=column-CONTACTED]").text())
                .contains("Quỹ Cột Bảng");
        assertThat(page.select("#funnel-chart").attr("data-reached")).isNotBlank();
    }

    @Test
    void theProposerFollowsItsNeedsFunnelAndOnlyTheFocalPointChangesIt() {
        long need = Needs.aNeedOf(commune).accepted(Staff.appraiser());
        long ngo = Ngos.anNgo().register().id();
        opened(need, "CONTACTED", ngo);
        WebClient proposer = commune.browser(port);
        Document page = Jsoup.parse(proposer.get("/app/mobilisation/needs/" + need + "/interests").body());
        assertThat(page.select(".interest-stage").text()).isEqualTo("Đã liên hệ");
        assertThat(page.select("form[action$=/interests]")).as("no recording form for the proposer").isEmpty();
        assertThat(proposer.post("/app/mobilisation/needs/" + need + "/interests", Map.of("organisationId",
                Long.toString(ngo), "stage", "CONTACTED", "onDate", "02/03/2026")).statusCode()).isEqualTo(403);
        assertThat(api("POST", "/api/v1/interests/" + interestOf(need, ngo) + "/moves", commune,
                "{\"version\":0,\"stage\":\"DECLINED\",\"onDate\":\"2026-03-10\"}").statusCode()).isEqualTo(403);

        Staff otherAgency = Staff.officerOf(ProvinceAgencies.newCommune().id());
        assertThat(otherAgency.browser(port).get("/app/mobilisation/needs/" + need + "/interests").statusCode())
                .isEqualTo(403);
        assertThat(api("GET", "/api/v1/catalogue-needs/" + need + "/interests", otherAgency, null).statusCode())
                .isEqualTo(403);
        assertThat(Staff.police().browser(port).get(FunnelController.BOARD).statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/v1/interests", commune, null).statusCode()).isEqualTo(403);
    }

    private void move(WebClient browser, long need, long interest, String stage, String on, String aidItem) {
        long version = jdbc.sql("select version from mobilisation.interest where id = :id").param("id", interest)
                .query(Long.class).single();
        Map<String, String> form = new HashMap<>(Map.of("version", Long.toString(version), "stage", stage,
                "onDate", on));
        if (aidItem != null) {
            form.put("aidItemId", aidItem);
        }
        browser.get("/app/mobilisation/needs/" + need + "/interests");
        assertThat(browser.post("/app/mobilisation/interests/" + interest + "/moves?needId=" + need, form)
                .statusCode()).isEqualTo(302);
    }

    private long opened(long need, String stage) {
        return opened(need, stage, Ngos.anNgo().register().id());
    }

    private long opened(long need, String stage, long organisation) {
        assertThat(api("POST", "/api/v1/catalogue-needs/" + need + "/interests", focal, "{\"organisationId\":"
                + organisation + ",\"stage\":\"" + stage + "\",\"onDate\":\"2026-03-02\"}").statusCode()).isEqualTo(201);
        return interestOf(need, organisation);
    }

    private void moveByApi(long interest, long version, String stage) {
        assertThat(api("POST", "/api/v1/interests/" + interest + "/moves", focal, "{\"version\":" + version
                + ",\"stage\":\"" + stage + "\",\"onDate\":\"2026-04-01\"}").statusCode()).isIn(200, 204);
    }

    private List<FunnelStage> board() {
        return focal.acting(() -> vn.vientro.testing.ApplicationUnderTest.bean(Funnel.class).board()).stages();
    }

    private static long reached(List<FunnelStage> board, InterestStage stage) {
        return board.stream().filter(s -> s.stage() == stage).findFirst().orElseThrow().reached();
    }

    private static long standing(List<FunnelStage> board, InterestStage stage) {
        return board.stream().filter(s -> s.stage() == stage).findFirst().orElseThrow().standing();
    }

    private long interestOf(long need, long organisation) {
        return jdbc.sql("select id from mobilisation.interest where need = :need and organisation_id = :org")
                .param("need", need).param("org", organisation).query(Long.class).single();
    }

    private HttpResponse<String> api(String method, String path, Staff who, String body) {
        return WebClient.api(port, method, path, who.token(), body);
    }
}
