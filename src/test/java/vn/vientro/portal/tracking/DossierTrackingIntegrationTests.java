package vn.vientro.portal.tracking;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dossier tracking by receipt code (issue 15, point 5): a submitted dossier gets one receipt, which its owner reads
 * and prints and no other agency sees; anyone holding the receipt and check codes follows the public status on the
 * portal (received, returned with what is missing, decided) and nothing else: no agency consulted, no opinion.
 */
@VientroIntegrationTest
class DossierTrackingIntegrationTests {

    private static final Pattern RECEIPT_CODE = Pattern.compile("id=\"receipt-code\">([A-Z0-9-]+)<");
    private static final Pattern CHECK_CODE = Pattern.compile("id=\"receipt-check\"[^>]*>([A-Z0-9]+)<");
    private static final String MARKER = "OPINION-MARKER-7Q4";
    private static final String NOT_FOUND = "Không tìm thấy hồ sơ với mã hồ sơ và mã kiểm tra đã nhập";

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @BeforeEach
    void forgetAddresses() {
        ApplicationUnderTest.bean(TrackingGuard.class).forgetAddresses();
    }

    @Test
    void aSubmittedDossierGetsOneReceiptTheOwnerPrintsAndThePortalFollowsItToTheDecisionWithoutOpinions() {
        long id = fixtures.draftProject(port, "Dự án tra cứu hồ sơ " + System.nanoTime());
        WebClient officer = team.officer().browser(port);
        assertThat(officer.get("/app/aid/items/" + id).body()).as("no receipt before submission")
                .doesNotContain("id=\"receipt-code\"");
        assertThat(officer.get("/app/aid/items/" + id + "/receipt").statusCode()).isEqualTo(404);

        fixtures.moveOk(port, team.officer().token(), id, "submit", "");
        Events.settle();
        String page = officer.get("/app/aid/items/" + id).body();
        String code = find(RECEIPT_CODE, page);
        String check = find(CHECK_CODE, page);
        assertThat(code).matches("HS-\\d{4}-\\d{6}");
        assertThat(check).matches("[A-HJKMNP-Z2-9]{8}");

        String slip = officer.get("/app/aid/items/" + id + "/receipt").body();
        assertThat(slip).contains("PHIẾU TIẾP NHẬN HỒ SƠ").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains(code).contains(check).contains("/tra-cuu-ho-so");
        assertThat(team.focal().browser(port).get("/app/aid/items/" + id + "/receipt").statusCode()).isEqualTo(200);
        Staff stranger = Staff.officerOf(team.otherDepartment().id());
        assertThat(stranger.browser(port).get("/app/aid/items/" + id + "/receipt").statusCode()).isIn(403, 404);

        assertThat(track("/tra-cuu-ho-so", code, check)).contains("Đã tiếp nhận hồ sơ")
                .contains("id=\"tracking-current\">Đã tiếp nhận hồ sơ<");

        fixtures.moveOk(port, team.appraiser().token(), id, "return",
                "\"reason\":\"- Văn kiện dự án đã ký\\n- Thư cam kết của bên tài trợ\"");
        String returned = track("/tra-cuu-ho-so", code, check);
        assertThat(returned).contains("id=\"tracking-current\">Trả lại để bổ sung hồ sơ<")
                .contains("<li>Văn kiện dự án đã ký</li>").contains("<li>Thư cam kết của bên tài trợ</li>");

        fixtures.moveOk(port, team.officer().token(), id, "resubmit", "");
        Events.settle();
        String again = officer.get("/app/aid/items/" + id).body();
        assertThat(find(RECEIPT_CODE, again)).as("a resubmission keeps the receipt").isEqualTo(code);
        assertThat(find(CHECK_CODE, again)).isEqualTo(check);

        fixtures.moveTo(port, id, AidStatus.UNDER_APPRAISAL);
        JsonNode opinion = askAndAnswerWithMarker(id);
        String consulted = opinion.get("agencyName").asString();
        Staff consultedOfficer = Staff.officerOf(opinion.get("agencyId").asLong());
        String consultedPage = consultedOfficer.browser(port).get("/app/aid/items/" + id).body();
        assertThat(consultedPage).as("a consulted agency reads the item, not its receipt")
                .doesNotContain("id=\"receipt-check\"").doesNotContain(check);
        assertThat(consultedOfficer.browser(port).get("/app/aid/items/" + id + "/receipt").statusCode())
                .isIn(403, 404);
        assertThat(track("/tra-cuu-ho-so", code, check)).contains("id=\"tracking-current\">Đang thẩm định<");

        fixtures.moveTo(port, id, AidStatus.APPROVED);
        String decided = track("/en/dossier-tracking", code.toLowerCase(java.util.Locale.ROOT), " " + check + " ");
        assertThat(decided).contains("id=\"tracking-current\">Decided: approved<").contains("Dossier received")
                .contains("Returned for supplement").contains("Supplemented dossier received")
                .contains("Under appraisal").contains("Văn kiện dự án đã ký");
        assertThat(decided).as("nothing of the appraisal leaks").doesNotContain(MARKER).doesNotContain(consulted)
                .doesNotContain("Đủ điều kiện").doesNotContain(team.appraiser().fullName())
                .doesNotContain(team.leader().fullName()).doesNotContain("QĐ-UBND");
    }

    @Test
    void aWrongCheckCodeOrReceiptCodeGetsOneNeutralMessageAndIsNeverCached() {
        long id = fixtures.draftProject(port, "Dự án mã sai " + System.nanoTime());
        fixtures.moveOk(port, team.officer().token(), id, "submit", "");
        Events.settle();
        String page = team.officer().browser(port).get("/app/aid/items/" + id).body();
        String code = find(RECEIPT_CODE, page);
        String check = find(CHECK_CODE, page);
        String wrongCheck = check.charAt(0) == 'A' ? "B" + check.substring(1) : "A" + check.substring(1);

        HttpResponse<String> wrong = post("/tra-cuu-ho-so", code, wrongCheck, "198.51.100.7");
        HttpResponse<String> unknown = post("/tra-cuu-ho-so", "HS-1999-999999", check, "198.51.100.7");
        for (HttpResponse<String> answer : java.util.List.of(wrong, unknown)) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains(NOT_FOUND).doesNotContain("id=\"tracking-result\"");
            assertThat(answer.headers().firstValue("ETag")).isEmpty();
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        HttpResponse<String> form = new WebClient(port).get("/en/dossier-tracking");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Dossier tracking").contains("id=\"tracking-form\"")
                .doesNotContain("_csrf");
        assertThat(form.headers().firstValue("ETag")).isEmpty();
        assertThat(new WebClient(port).get("/").body()).contains("href=\"/tra-cuu-ho-so\"");
        assertThat(new WebClient(port).get("/en/").body()).contains("href=\"/en/dossier-tracking\"");
        assertThat(new WebClient(port).get("/sitemap.xml").body()).contains("/tra-cuu-ho-so</loc>")
                .contains("/en/dossier-tracking</loc>");
    }

    @Test
    void lookupsAreLimitedPerClientAddress() {
        for (int i = 0; i < TrackingGuard.PER_HOUR; i++) {
            assertThat(post("/tra-cuu-ho-so", "HS-2026-00000" + i, "AAAAAAAA", "198.51.100.9").statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = post("/tra-cuu-ho-so", "HS-2026-000000", "AAAAAAAA", "198.51.100.9");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("quá nhiều lần");
        assertThat(post("/tra-cuu-ho-so", "HS-2026-000000", "AAAAAAAA", "198.51.100.10").statusCode())
                .as("another address is not held back").isEqualTo(200);
    }

    private String track(String path, String code, String check) {
        HttpResponse<String> answer = post(path, code, check, "198.51.100.1");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"tracking-result\"");
        return answer.body();
    }

    private HttpResponse<String> post(String path, String code, String check, String address) {
        return new WebClient(port).sending("X-Forwarded-For", address)
                .postRaw(path, Map.of("receiptCode", code, "checkCode", check));
    }

    /** Asks the first proposed agency's opinion and answers it with the marker; the opinion asked. */
    private JsonNode askAndAnswerWithMarker(long id) {
        String token = team.appraiser().token();
        String path = "/api/v1/aid-items/" + id + "/opinions";
        JsonNode proposed = AidFixtures.read(WebClient.api(port, "GET", path + "/proposal", token, null).body())
                .valueStream().filter(p -> !p.get("topic").asString().equals("SECURITY")).findFirst().orElseThrow();
        assertThat(WebClient.api(port, "POST", path, token, "{\"requests\":[{\"agencyId\":"
                + proposed.get("agencyId").asLong() + ",\"topic\":\"" + proposed.get("topic").asString() + "\"}]}")
                .statusCode()).isEqualTo(201);
        JsonNode opinion = AidFixtures.read(WebClient.api(port, "GET", path, token, null).body()).valueStream()
                .filter(o -> !o.has("answeredOn") && !o.has("withdrawnOn")).findFirst().orElseThrow();
        HttpResponse<String> answered = WebClient.api(port, "POST", path + "/" + opinion.get("id").asLong() + "/answer",
                token, "{\"answer\":\"AGREE\",\"answerText\":\"" + MARKER + "\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        return opinion;
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
