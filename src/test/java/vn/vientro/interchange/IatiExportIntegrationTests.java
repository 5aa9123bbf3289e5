package vn.vientro.interchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.interchange.IatiDocuments.count;
import static vn.vientro.interchange.IatiDocuments.parse;
import static vn.vientro.interchange.IatiDocuments.text;

/**
 * The IATI files anyone may fetch: valid against the bundled 2.03 schemas (JDK validator, no external access) on the
 * items other tests left in the shared database as well as on this test's own, and holding only what is public.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IatiExportIntegrationTests {

    @LocalServerPort
    int port;

    final AidTeam team = new AidTeam();
    final AidFixtures aid = new AidFixtures(team);
    final String mark = "IATI" + Unique.number();

    long withoutMoney;
    long withMoney;
    long draft;
    long refused;

    @BeforeAll
    void itemsWithSomeGroupsPublic() {
        LocalDate today = Today.inProvince();
        withoutMoney = aid.draft(port, team.officer().token(), item("Nước sạch cho xã vùng cao " + mark,
                "\"SUMMARY\",\"VALUE\",\"SECTORS\",\"LOCATIONS\",\"RESULTS\"", ""));
        long result = created(post(withoutMoney, "/results", """
                {"level":"OUTCOME","titleVi":"Hộ dân được dùng nước sạch","titleEn":"Households with clean water"}
                """));
        long indicator = created(post(withoutMoney, "/results/" + result + "/indicators", """
                {"titleVi":"Số hộ được cấp nước","titleEn":"Households supplied","measure":"UNIT","unit":"hộ",
                 "baselineYear":2025,"baselineValue":120}
                """));
        created(post(withoutMoney, "/indicators/" + indicator + "/periods",
                "{\"start\":\"%s\",\"end\":\"%s\",\"targetValue\":300}".formatted(today, today.plusYears(1))));
        aid.moveTo(port, withoutMoney, AidStatus.IMPLEMENTING);
        disburse(withoutMoney, "1111");

        withMoney = aid.draft(port, team.officer().token(), item("Trường học an toàn " + mark,
                "\"SUMMARY\",\"VALUE\",\"MONEY\"", "\"iatiIdentifier\":\"XM-DAC-41122-" + mark + "\","));
        aid.moveTo(port, withMoney, AidStatus.APPROVED);
        disburse(withMoney, "2222");

        draft = aid.draft(port, team.officer().token(), item("Dự thảo chưa duyệt " + mark, "\"SUMMARY\"", ""));
        refused = aid.draft(port, team.officer().token(), item("Đề nghị bị từ chối " + mark, "\"SUMMARY\"", ""));
        aid.moveTo(port, refused, AidStatus.REFUSED);
    }

    @Test
    void anyoneGetsAnActivityFileValidAgainstTheSchema() throws Exception {
        HttpResponse<byte[]> response = anonymousGet(IatiApiController.ACTIVITIES);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(IatiSchemas.errors(IatiSchemas.ACTIVITIES, response.body())).isEmpty();

        Document file = parse(response.body());
        assertThat(text(file, "/iati-activities/@version")).isEqualTo("2.03");
        String water = activity(withoutMoney);
        assertThat(text(file, water + "/iati-identifier")).isEqualTo("VN-COA-25-" + code(withoutMoney));
        assertThat(text(file, water + "/title/narrative[@xml:lang='vi']"))
                .as("Vietnamese diacritics intact").isEqualTo("Nước sạch cho xã vùng cao " + mark);
        assertThat(text(file, water + "/title/narrative[@xml:lang='en']")).isEqualTo("Clean water " + mark);
        assertThat(text(file, water + "/reporting-org/@ref")).isEqualTo("VN-COA-25");
        assertThat(text(file, water + "/participating-org[@role='1']/narrative")).isNotBlank();
        assertThat(count(file, water + "/participating-org[@role='2']")).as("the aid owner, accountable").isOne();
        assertThat(text(file, water + "/activity-status/@code")).isEqualTo("2");
        assertThat(text(file, water + "/default-aid-type[@vocabulary='1']/@code")).as("technical assistance")
                .isEqualTo("D02");
        assertThat(count(file, water + "[@humanitarian]")).as("not emergency relief").isZero();
        assertThat(text(file, water + "/sector[@vocabulary='1']/@code")).isEqualTo("14030");
        assertThat(text(file, water + "/sector/@percentage")).isEqualTo("100");
        assertThat(text(file, water + "/location/@ref")).isEqualTo("VN-" + aid.communes(1).get(0));
        assertThat(text(file, water + "/budget/value")).isEqualTo("250000.00");
        assertThat(text(file, water + "/budget/value/@currency")).isEqualTo("USD");
        assertThat(text(file, water + "/result/indicator/period/target/@value")).isEqualTo("300");
        assertThat(text(file, water + "/result/indicator/baseline/@year")).isEqualTo("2025");
        assertThat(text(file, water + "/document-link/@url")).endsWith("/minh-bach/" + withoutMoney);
        HttpResponse<String> page = new WebClient(port).get("/minh-bach/" + withoutMoney);
        assertThat(page.statusCode()).as("the linked page is public, sent on to its address with the slug")
                .isIn(200, 301, 302);
        assertThat(count(file, water + "/transaction")).as("the money group is not public").isZero();

        String school = "//iati-activity[iati-identifier='XM-DAC-41122-" + mark + "']";
        assertThat(count(file, school)).as("the donor's identifier when recorded").isOne();
        assertThat(text(file, school + "/transaction[transaction-type/@code='3']/value")).isEqualTo("2222.00");
        assertThat(text(file, school + "/transaction/value/@value-date")).isEqualTo(Today.inProvince().toString());
        assertThat(count(file, school + "/sector")).as("the sectors group is not public").isZero();
        assertThat(count(file, school + "/location")).as("the locations group is not public").isZero();
        assertThat(count(file, school + "/result")).isZero();

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).as("a draft or a refusal is never published")
                .doesNotContain("Dự thảo chưa duyệt " + mark).doesNotContain("-" + code(draft) + "</iati-identifier>")
                .doesNotContain("Đề nghị bị từ chối " + mark).doesNotContain("-" + code(refused) + "</iati-identifier>");
    }

    @Test
    void anyoneGetsTheProvincesOrganisationFileValidAgainstTheSchema() throws Exception {
        HttpResponse<byte[]> response = anonymousGet(IatiApiController.ORGANISATION);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(IatiSchemas.errors(IatiSchemas.ORGANISATIONS, response.body())).isEmpty();
        Document file = parse(response.body());
        assertThat(text(file, "/iati-organisations/iati-organisation/organisation-identifier")).isEqualTo("VN-COA-25");
        assertThat(text(file, "//iati-organisation/name/narrative[@xml:lang='vi']"))
                .isEqualTo("Ủy ban nhân dân tỉnh Phú Thọ");
        assertThat(text(file, "//iati-organisation/name/narrative[@xml:lang='en']"))
                .isEqualTo("Phu Tho Provincial People's Committee");
        assertThat(text(file, "//iati-organisation/reporting-org/@type")).isEqualTo("11");
    }

    @Test
    void theValidatorRefusesAFileTheSchemaForbids() {
        byte[] noTitle = """
                <iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier>
                </iati-activity></iati-activities>""".getBytes(StandardCharsets.UTF_8);
        assertThat(IatiSchemas.errors(IatiSchemas.ACTIVITIES, noTitle)).isNotEmpty();
        byte[] external = """
                <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>
                <iati-activities version="2.03">&e;</iati-activities>""".getBytes(StandardCharsets.UTF_8);
        assertThat(IatiSchemas.errors(IatiSchemas.ACTIVITIES, external)).as("no external entity is read")
                .anyMatch(error -> error.contains("accessExternalDTD"));
    }

    private String item(String nameVi, String groups, String extra) {
        String commune = aid.communes(1).get(0);
        return """
                {"kind":"TECHNICAL_ASSISTANCE","deliveryForm":"CASH","nameVi":"%s","nameEn":"%s",%s
                 "objectivesVi":"Cấp nước sạch sinh hoạt","descriptionEn":"Water supply","donorId":%d,
                 "ownerAgencyId":%d,"governingAgencyId":%d,"plannedStart":"%s","plannedEnd":"%s",
                 "totalAmount":250000,"totalCurrency":"USD",
                 "sectors":[{"sectorCode":"14030","percent":100}],
                 "locations":[{"communeCode":"%s","percent":100}],
                 "publicGroups":[%s]}
                """.formatted(nameVi, nameVi.startsWith("N") ? "Clean water " + mark : "Safe schools " + mark,
                extra, team.donor().id(), team.owner().id(), team.governing().id(), Today.inProvince(),
                Today.inProvince().plusYears(2), commune, groups);
    }

    private void disburse(long id, String amount) {
        HttpResponse<String> recorded = WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/transactions",
                team.officer().token(), "{\"kind\":\"DISBURSEMENT\",\"valueDate\":\"%s\",\"amount\":%s,\"currency\":\"USD\"}"
                        .formatted(Today.inProvince(), amount));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    }

    private HttpResponse<String> post(long id, String path, String json) {
        return WebClient.api(port, "POST", "/api/v1/aid-items/" + id + path, team.officer().token(), json);
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return AidFixtures.read(response.body()).path("id").asLong();
    }

    private String code(long id) {
        return aid.item(port, id).path("item").path("code").asString();
    }

    private String activity(long id) {
        return "//iati-activity[document-link/@url[substring(., string-length(.) - string-length('/minh-bach/" + id
                + "') + 1) = '/minh-bach/" + id + "']]";
    }

    private HttpResponse<byte[]> anonymousGet(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

}
