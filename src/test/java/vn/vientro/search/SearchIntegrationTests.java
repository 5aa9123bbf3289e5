package vn.vientro.search;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class SearchIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void findsOrganisationsWithoutDiacriticsAndWithTypos() {
        WebClient.api(port, "POST", "/api/v1/organisations?confirm=true", "demo-focal",
                "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"Deutsches Rotes Kreuz\",\"nameVi\":\"Hội Chữ thập đỏ Đức\",\"countryCode\":\"DE\"}");
        assertThat(search("hoi chu thap do", "demo-officer")).contains("Hội Chữ thập đỏ Đức");
        assertThat(search("save the chidren", "demo-officer")).contains("Tổ chức Cứu trợ trẻ em");
        assertThat(search("Hòa Bình", "demo-focal")).isNotNull();
        assertThat(search("GB-CHC-213890", "demo-focal")).contains("\"type\":\"organisation\"").contains("Cứu trợ trẻ em");
    }

    @Test
    void findsPermitsByNumberOnlyForThoseWhoMayReadThem() {
        assertThat(search("125/GĐK-BNG", "demo-focal")).contains("\"type\":\"permit\"").contains("Giấy đăng ký 125/GĐK-BNG");
        assertThat(search("125/GĐK-BNG", "demo-officer")).doesNotContain("\"type\":\"permit\"");
    }

    @Test
    void suggestionsHighlightTheMatchInTheHeaderBox() {
        String html = WebClient.signedIn(port, "focal").get("/app/search/suggest?q=cuu%20tro",
                Map.of("HX-Request", "true")).body();
        assertThat(html).contains("<mark>Cứu</mark> <mark>trợ</mark>");
        String page = WebClient.signedIn(port, "officer").get("/app/search?q=oxfam").body();
        assertThat(page).contains("<mark>Oxfam</mark>").contains("Tổ chức");
    }

    @Test
    void apiAnswersAsDocumented() {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/search?q=vnah&limit=5", "demo-leader", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"type\":\"organisation\"").contains("\"url\":\"/app/registry/organisations/")
                .contains("\"score\":").contains("\"snippet\":");
        assertThat(WebClient.api(port, "GET", "/api/v1/search?q=x&limit=1000", "demo-leader", null).statusCode())
                .isEqualTo(400);
        assertThat(WebClient.api(port, "GET", "/api/v1/search?q=vnah", null, null).statusCode()).isEqualTo(401);
    }

    private String search(String q, String token) {
        return WebClient.api(port, "GET", "/api/v1/search?q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8), token, null).body();
    }
}
