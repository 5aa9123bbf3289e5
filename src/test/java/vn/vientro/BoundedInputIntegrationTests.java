package vn.vientro;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.registry.People;
import vn.vientro.registry.contact.ContactKind;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input is bounded everywhere (docs/architecture.md, "Bounded input"): what no column can hold, or no one types, is
 * refused with a 400 at its field, as a problem under {@code /api} and at the field or on the error page elsewhere,
 * and a text over its limit is told the limit.
 */
@VientroIntegrationTest
class BoundedInputIntegrationTests {

    private static final String ERROR_PAGE_TITLE = "Yêu cầu không thực hiện được";

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @Test
    void aNulCharacterInAQueryParameterIsRefusedAtTheParameter() {
        HttpResponse<String> answer = WebClient.api(port, "GET", "/api/v1/aid-items?field=%00", team.focal().token(),
                null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertField(answer, "/problems/validation", "field", "Không được chứa ký tự NUL.");
        assertThat(WebClient.api(port, "GET", "/api/v1/search?q=a%00b", team.focal().token(), null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aNulCharacterInAJsonTextIsRefusedAtItsField() {
        HttpResponse<String> record = WebClient.api(port, "POST", "/api/v1/contacts", team.focal().token(),
                "{\"kind\":\"EXPERT\",\"fullName\":\"Nguyễn\\u0000Văn A\"}");
        assertThat(record.statusCode()).as(record.body()).isEqualTo(400);
        assertField(record, "/problems/unreadable", "fullName", "Không được chứa ký tự NUL.");

        String item = fixtures.projectJson("TECHNICAL_ASSISTANCE", "Dự án có ký tự lạ", "1000", "USD")
                .replace("\"publicGroups\"", "\"parties\":[{\"role\":\"LOCAL_PARTNER\",\"name\":\"a\\u0000b\"}],"
                        + "\"publicGroups\"");
        HttpResponse<String> tree = WebClient.api(port, "POST", "/api/v1/aid-items", team.officer().token(), item);
        assertThat(tree.statusCode()).as(tree.body()).isEqualTo(400);
        assertField(tree, "/problems/unreadable", "parties[0].name", "Không được chứa ký tự NUL.");
    }

    @Test
    void aNulCharacterInAPageFormOrAFileNameIsRefused() {
        WebClient focal = team.focal().browser(port);
        focal.get("/app/registry/contacts/new");
        HttpResponse<String> page = focal.post("/app/registry/contacts/new",
                Map.of("kind", "EXPERT", "fullName", "Nguyễn\u0000Văn A"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).as("the error page").contains(ERROR_PAGE_TITLE);

        long item = fixtures.draftProject(port, "Dự án tải tệp tên lạ");
        HttpResponse<String> upload = ApiDocument.call(port, "POST", "/api/v1/aid-items/" + item
                + "/documents?type=PROPOSAL", team.officer().token(), "multipart/form-data; boundary=b",
                ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(400);
    }

    @Test
    void anEnumIsItsNameNeverItsOrdinal() {
        long item = fixtures.draftProject(port, "Dự án thử số thứ tự");
        HttpResponse<String> answer = WebClient.api(port, "POST", "/api/v1/aid-items/" + item + "/transactions",
                team.officer().token(), "{\"kind\":1,\"valueDate\":\"" + Today.inProvince()
                        + "\",\"amount\":1000,\"currency\":\"USD\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertField(answer, "/problems/unreadable", "kind", null);
    }

    @Test
    void anIdOrAVersionWithAFractionIsRefusedNotRounded() {
        long contact = People.aContact(ContactKind.EXPERT, "Trần Thị Phân Số").add();
        HttpResponse<String> answer = WebClient.api(port, "PUT", "/api/v1/contacts/" + contact,
                team.focal().token(), "{\"version\":0.5,\"kind\":\"EXPERT\",\"fullName\":\"Trần Thị Phân Số\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertField(answer, "/problems/unreadable", "version", null);
    }

    @Test
    void aNumberBeyondItsColumnIsRefusedAtItsField() {
        long item = fixtures.draftProject(port, "Dự án số tiền khổng lồ");
        HttpResponse<String> answer = WebClient.api(port, "POST", "/api/v1/aid-items/" + item + "/transactions",
                team.officer().token(), "{\"kind\":\"COMMITMENT\",\"valueDate\":\"" + Today.inProvince()
                        + "\",\"amount\":1e20,\"currency\":\"USD\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertField(answer, "/problems/validation", "amount",
                "Số quá lớn: tối đa 17 chữ số phần nguyên và 2 chữ số thập phân.");
    }

    @Test
    void aTextOverItsLimitIsRefusedWithTheLimitNamed() {
        HttpResponse<String> api = WebClient.api(port, "POST", "/api/v1/organisations?confirm=true",
                team.focal().token(), "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"" + "x".repeat(100_000) + "\"}");
        assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
        assertField(api, "/problems/validation", "nameOriginal", "Tối đa 500 ký tự.");

        String item = fixtures.projectJson("TECHNICAL_ASSISTANCE", "Dự án đối tác tên dài", "1000", "USD")
                .replace("\"publicGroups\"", "\"parties\":[{\"role\":\"LOCAL_PARTNER\",\"name\":\""
                        + "y".repeat(100_000) + "\"}],\"publicGroups\"");
        HttpResponse<String> party = WebClient.api(port, "POST", "/api/v1/aid-items", team.officer().token(), item);
        assertThat(party.statusCode()).as(party.body()).isEqualTo(400);
        assertField(party, "/problems/validation", "parties", "Tối đa 500 ký tự.");

        WebClient focal = team.focal().browser(port);
        focal.get("/app/registry/contacts/new");
        HttpResponse<String> page = focal.post("/app/registry/contacts/new",
                Map.of("kind", "EXPERT", "fullName", "z".repeat(501)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tối đa 500 ký tự.");
    }

    @Test
    void aWebAddressIsHttpOrHttpsOnly() {
        HttpResponse<String> script = WebClient.api(port, "POST", "/api/v1/organisations?confirm=true",
                team.focal().token(), "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"Tổ chức có trang web lạ\","
                        + "\"website\":\"javascript:alert(document.cookie)\"}");
        assertThat(script.statusCode()).as(script.body()).isEqualTo(400);
        assertField(script, "/problems/validation", "website",
                "Địa chỉ trang web phải bắt đầu bằng http:// hoặc https://.");

        HttpResponse<String> bare = WebClient.api(port, "POST", "/api/v1/organisations?confirm=true",
                team.focal().token(), "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"Tổ chức có trang web\","
                        + "\"website\":\"www.example.org\"}");
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(201);
        assertThat(AidFixtures.read(bare.body()).path("website").asString()).isEqualTo("https://www.example.org");
    }

    @Test
    void anOverLongExchangeRateSourceIsRefusedAtItsFieldWithItsLimit() {
        HttpResponse<String> answer = WebClient.api(port, "POST", "/api/v1/exchange-rates", team.admin().token(),
                "{\"currency\":\"XAF\",\"rateDate\":\"2026-01-02\",\"vndPerUnit\":45,\"source\":\""
                        + "s".repeat(100_000) + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertField(answer, "/problems/validation", "source", "Tối đa 300 ký tự.");
    }

    @Test
    void theAidListExportsTheLongestTextsEveryFieldTakes() {
        String longest = "Đ".repeat(495); // its English name adds " (en)": 500
        String json = fixtures.projectJson("TECHNICAL_ASSISTANCE", longest, "1000", "USD")
                .replace("\"objectivesVi\":\"Nâng cao chất lượng khám chữa bệnh\"",
                        "\"objectivesVi\":\"" + "o".repeat(8000) + "\",\"descriptionVi\":\"" + "d".repeat(20_000)
                                + "\"");
        fixtures.draft(port, team.officer().token(), json);
        HttpResponse<String> export = team.focal().browser(port).get("/app/aid/items/export");
        assertThat(export.statusCode()).isEqualTo(200);
    }

    private static void assertField(HttpResponse<String> answer, String type, String field, String message) {
        JsonNode problem = AidFixtures.read(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo(type);
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo(field);
        if (message != null) {
            assertThat(error.path("message").asString()).isEqualTo(message);
        }
    }
}
