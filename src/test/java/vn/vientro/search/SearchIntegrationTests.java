package vn.vientro.search;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class SearchIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void findsOrganisationsWithoutDiacriticsAndWithTypos() {
        String charity = "GB-CHC-9" + Unique.number();
        Ngos.anNgo().named("Save the Children", "Tổ chức Cứu trợ trẻ em").withIatiIdentifier(charity).register();
        String focal = Staff.focalPoint().token();
        String officer = Staff.officer().token();
        WebClient.api(port, "POST", "/api/v1/organisations?confirm=true", focal,
                "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"Deutsches Rotes Kreuz\",\"nameVi\":\"Hội Chữ thập đỏ Đức\",\"countryCode\":\"DE\"}");
        assertThat(search("hoi chu thap do", officer)).contains("Hội Chữ thập đỏ Đức");
        assertThat(search("save the chidren", officer)).contains("Tổ chức Cứu trợ trẻ em");
        assertThat(search("Hòa Bình", focal)).isNotNull();
        assertThat(search(charity, focal)).contains("\"type\":\"organisation\"").contains("Cứu trợ trẻ em");
    }

    /** Every word known, but no name holds them all: the names holding all but one, before any trigram. */
    @Test
    void findsTheNamesHoldingAllTheWordsButOne() {
        String n = String.valueOf(Unique.number());
        Ngos.anNgo().named("Red Cross Lam Dong " + n, "Chữ thập đỏ Lâm Đồng " + n).register();
        assertThat(search("hoi chu thap do lam dong " + n, Staff.focalPoint().token()))
                .contains("Chữ thập đỏ Lâm Đồng " + n);
    }

    @Test
    void findsPermitsByNumberOnlyForThoseWhoMayReadThem() {
        String number = Ngos.anNgo().withPermitUntil(Today.inProvince().plusDays(25)).register().permitNumber();
        assertThat(search(number, Staff.focalPoint().token())).contains("\"type\":\"permit\"")
                .contains("Giấy đăng ký " + number);
        assertThat(search(number, Staff.officer().token())).doesNotContain("\"type\":\"permit\"");
    }

    @Test
    void suggestionsHighlightTheMatchInTheHeaderBox() {
        Ngos.anNgo().named("Save the Children", "Tổ chức Cứu trợ trẻ em").register();
        Ngos.anNgo().named("Oxfam", "Tổ chức Oxfam").register();
        String html = Staff.focalPoint().browser(port).get("/app/search/suggest?q=cuu%20tro",
                Map.of("HX-Request", "true")).body();
        assertThat(html).contains("<mark>Cứu</mark> <mark>trợ</mark>");
        String page = Staff.officer().browser(port).get("/app/search?q=oxfam").body();
        assertThat(page).contains("<mark>Oxfam</mark>").contains("Tổ chức");
    }

    @Test
    void apiAnswersAsDocumented() {
        Ngos.anNgo().named("Vietnam Assistance for the Handicapped", "Hội Trợ giúp người khuyết tật Việt Nam")
                .abbreviated("VNAH").register();
        String leader = Staff.leader().token();
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/search?q=vnah&limit=5", leader, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"type\":\"organisation\"").contains("\"url\":\"/app/registry/organisations/")
                .contains("\"score\":").contains("\"snippet\":");
        assertThat(WebClient.api(port, "GET", "/api/v1/search?q=x&limit=1000", leader, null).statusCode())
                .isEqualTo(400);
        assertThat(WebClient.api(port, "GET", "/api/v1/search?q=vnah", null, null).statusCode()).isEqualTo(401);
    }

    private String search(String q, String token) {
        Events.settle();
        return WebClient.api(port, "GET", "/api/v1/search?q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8), token, null).body();
    }
}
