package vn.vientro.mobilisation.pledge;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.CatalogueVersions;
import vn.vientro.mobilisation.Needs;
import vn.vientro.reference.Rates;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focal point records a pledge for a need, starts the aid item's dossier from it pre-filled from the need, and the
 * item's approval funds the need; money pledged, committed and disbursed adds up; only the focal point records.
 */
@VientroIntegrationTest
class PledgeIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void rates() {
        Rates.forAidMoney();
    }

    @Test
    void aPledgeStartsADossierFilledFromItsNeedAndTheItemsApprovalFundsTheNeed() {
        long need = approvedNeed("Cấp nước sạch cho trường học vùng cao", "Clean water for upland schools");
        long donor = team.donor().id();
        WebClient focal = team.focal().browser(port);
        focal.get("/app/mobilisation/pledges/new?need=" + need + "&organisation=" + donor);
        HttpResponse<String> saved = focal.post("/app/mobilisation/pledges/new", Map.of("needId", Long.toString(need),
                "organisationId", Long.toString(donor), "amount", "180000", "currency", "USD",
                "pledgedOn", DAY.format(Today.inProvince()), "expectedOn", DAY.format(Today.inProvince().plusDays(60)),
                "note", "Thư cam kết số 12/2026"));
        assertThat(saved.statusCode()).isEqualTo(302);
        long pledge = pledgeOf(need);
        assertThat(jdbc.sql("select amount_vnd from mobilisation.pledge where id = :id").param("id", pledge)
                .query(Long.class).single()).as("180,000 USD at 26,000 VND").isEqualTo(4_680_000_000L);
        assertThat(interestOf(need, donor)).as("the organisation's interest came to pledged").isEqualTo("PLEDGED:");

        HttpResponse<String> start = focal.get("/app/mobilisation/pledges/" + pledge + "/dossier");
        assertThat(start.statusCode()).isEqualTo(302);
        String form = relative(WebClient.location(start));
        assertThat(form).startsWith("/app/aid/items/new?").contains("origin=pledge%3A" + pledge);
        Document page = Jsoup.parse(focal.get(form).body());
        Element itemForm = page.selectFirst("form[action='/app/aid/items/new']");
        assertThat(itemForm.selectFirst("[name='fields[nameVi]']").val())
                .isEqualTo("Cấp nước sạch cho trường học vùng cao");
        assertThat(itemForm.selectFirst("[name='sectors']").val()).isEqualTo("12220 50\n12230 50");
        assertThat(itemForm.selectFirst("[name='fields[totalAmount]']").val()).isEqualTo("180000");
        assertThat(itemForm.selectFirst("[name='fields[beneficiariesTotal]']").val()).isEqualTo("12000");
        assertThat(itemForm.selectFirst("[name='origin']").val()).isEqualTo("pledge:" + pledge);
        assertThat(page.select("#item-origin").text()).contains("cam kết tài trợ");

        Map<String, String> posted = filled(itemForm);
        posted.put("fields[kind]", "INVESTMENT_PROJECT");
        posted.put("fields[governingAgencyId]", Long.toString(team.governing().id()));
        HttpResponse<String> drafted = focal.post("/app/aid/items/new", posted);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(302);
        long item = Long.parseLong(java.net.URI.create(WebClient.location(drafted)).getPath()
                .replace("/app/aid/items/", ""));
        Events.settle();
        assertThat(stateOf(pledge)).isEqualTo("IN_DOSSIER:" + item);
        assertThat(interestOf(need, donor)).as("the dossier commits the interest").isEqualTo("COMMITTED:" + item);

        vn.vientro.aid.dossier.DossierFixtures.completeForSubmission(port, team.focal().token(), item);
        fixtures.moveTo(port, item, AidStatus.APPROVED);
        Events.settle();
        assertThat(stateOf(pledge)).isEqualTo("APPROVED:" + item);
        assertThat(jdbc.sql("select status || ':' || aid_item_id from mobilisation.need where id = :id")
                .param("id", need).query(String.class).single()).isEqualTo("FUNDED:" + item);

        Document list = Jsoup.parse(focal.get("/app/mobilisation/pledges?need=" + need).body());
        assertThat(list.select("#need-rows tr").first().text()).as("pledged, committed by the approval, disbursed")
                .contains("4.680.000.000").contains("0 ₫").contains("100 %");
        assertThat(list.select("#pledge-" + pledge).text()).contains("180.000,00 USD").contains("Đã được phê duyệt");
    }

    @Test
    void aPledgeIsCheckedAtItsFieldsAndOnlyTheFocalPointRecordsOrWithdrawsIt() {
        long need = approvedNeed("Nhà văn hóa cộng đồng thôn bản", "Village community houses");
        long donor = team.donor().id();
        String body = """
                {"needId":%d,"organisationId":%d,"amount":%s,"currency":"%s","pledgedOn":"%s","expectedOn":%s}""";
        LocalDate today = Today.inProvince();
        assertThat(api("POST", Staff.leader(), body.formatted(need, donor, "1000", "USD", today, "null")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> future = api("POST", team.focal(), body.formatted(need, donor, "1000", "USD",
                today.plusDays(2), "null"));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("pledgedOn").contains("không thể sau hôm nay");
        HttpResponse<String> early = api("POST", team.focal(), body.formatted(need, donor, "1000", "USD", today,
                "\"" + today.minusDays(1) + "\""));
        assertThat(early.body()).contains("expectedOn");
        assertThat(api("POST", team.focal(), body.formatted(need, donor, "-5", "USD", today, "null")).statusCode())
                .isEqualTo(400);

        HttpResponse<String> created = api("POST", team.focal(), body.formatted(need, donor, "750000000", "VND",
                today, "null"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long pledge = pledgeOf(need);
        assertThat(api("GET", Staff.leader(), "/api/v1/pledges?need=" + need).body())
                .contains("\"pledged\":{\"amount\":750000000");
        assertThat(WebClient.api(port, "POST", "/api/v1/pledges/" + pledge + "/withdraw", team.focal().token(),
                "{\"version\":7}").statusCode()).as("a stale version").isEqualTo(409);
        assertThat(WebClient.api(port, "POST", "/api/v1/pledges/" + pledge + "/withdraw", team.focal().token(),
                "{\"version\":0,\"reason\":\"Tổ chức điều chỉnh ngân sách\"}").statusCode()).isEqualTo(200);
        assertThat(stateOf(pledge)).isEqualTo("WITHDRAWN:");
        assertThat(api("GET", Staff.leader(), "/api/v1/pledges?need=" + need).body())
                .as("a withdrawn pledge counts for nothing").contains("\"pledged\":{\"amount\":0");
        assertThat(team.officer().browser(port).get("/app/mobilisation/pledges/new").statusCode()).isEqualTo(403);
    }

    @Test
    void aDossierNamingAPledgeOfAnotherOrganisationIsNotLinkedToIt() {
        long need = approvedNeed("Đường giao thông nông thôn liên xã", "Rural inter-commune road");
        long other = vn.vientro.registry.Ngos.anNgo().register().id();
        assertThat(api("POST", team.focal(), """
                {"needId":%d,"organisationId":%d,"amount":50000,"currency":"USD","pledgedOn":"%s"}"""
                .formatted(need, other, Today.inProvince())).statusCode()).isEqualTo(201);
        long pledge = pledgeOf(need);
        WebClient focal = team.focal().browser(port);
        String form = relative(WebClient.location(focal.get("/app/mobilisation/pledges/" + pledge + "/dossier")));
        Document page = Jsoup.parse(focal.get(form).body());
        Map<String, String> posted = filled(page.selectFirst("form[action='/app/aid/items/new']"));
        posted.put("fields[kind]", "INVESTMENT_PROJECT");
        posted.put("fields[governingAgencyId]", Long.toString(team.governing().id()));
        posted.put("fields[donorId]", Long.toString(team.donor().id()));
        assertThat(focal.post("/app/aid/items/new", posted).statusCode()).isEqualTo(302);
        Events.settle();
        assertThat(stateOf(pledge)).as("the item is another donor's").isEqualTo("PLEDGED:");
    }

    private long approvedNeed(String vietnamese, String english) {
        long need = Needs.aNeedOf(team.officer()).titled(vietnamese, english).accepted(Staff.appraiser());
        CatalogueVersions.approving("P" + need + "/QĐ-UBND", Today.inProvince().minusDays(1), need);
        return need;
    }

    private static Map<String, String> filled(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            if (input.is("input[type=checkbox]") && !input.hasAttr("checked")) {
                continue;
            }
            fields.put(input.attr("name"), input.is("select") ? chosen(input) : input.val());
        }
        return fields;
    }

    private static String relative(String location) {
        java.net.URI uri = java.net.URI.create(location);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** What a browser sends of a list: the option selected, or the first. */
    private static String chosen(Element select) {
        Element option = select.selectFirst("option[selected]");
        return option != null ? option.val() : select.select("option").isEmpty() ? "" : select.child(0).val();
    }

    private HttpResponse<String> api(String method, Staff who, String pathOrBody) {
        return pathOrBody.startsWith("/") ? WebClient.api(port, method, pathOrBody, who.token(), null)
                : WebClient.api(port, method, "/api/v1/pledges", who.token(), pathOrBody);
    }

    private long pledgeOf(long need) {
        return jdbc.sql("select max(id) from mobilisation.pledge where need = :need").param("need", need)
                .query(Long.class).single();
    }

    private String stateOf(long pledge) {
        return jdbc.sql("select state || ':' || coalesce(aid_item_id::text, '') from mobilisation.pledge where id = :id")
                .param("id", pledge).query(String.class).single();
    }

    private String interestOf(long need, long organisation) {
        return jdbc.sql("""
                select stage || ':' || coalesce(aid_item_id::text, '') from mobilisation.interest
                 where need = :need and organisation_id = :organisation""").param("need", need)
                .param("organisation", organisation).query(String.class).single();
    }
}
