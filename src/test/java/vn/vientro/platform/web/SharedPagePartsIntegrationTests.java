package vn.vientro.platform.web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared page parts (templates/layout/lists.html and forms.html) as a list and a form draw them; the contact pages
 * stand for every list and form that uses them.
 */
@VientroIntegrationTest
class SharedPagePartsIntegrationTests {

    private static final String CONTACTS = "/app/registry/contacts";

    @LocalServerPort
    int port;

    @Test
    void aListHasTheFilterBarAndAPagerKeepingTheFilter() {
        WebClient focal = Staff.focalPoint().browser(port);
        String name = "Lưu Trang " + Unique.number();
        focal.get(CONTACTS + "/new");
        assertThat(focal.post(CONTACTS + "/new", contact(name, "EXPERT")).statusCode()).isEqualTo(302);

        Document first = Jsoup.parse(focal.get(CONTACTS + "?q=" + encoded(name) + "&kind=EXPERT").body());
        Element bar = first.selectFirst("form.vt-filter-bar");
        assertThat(bar).isNotNull();
        assertThat(bar.attr("method")).isEqualTo("get");
        assertThat(bar.attr("action")).isEqualTo(CONTACTS);
        assertThat(bar.getElementById("f-q").val()).isEqualTo(name);
        assertThat(bar.selectFirst("label[for=f-kind]").text()).isEqualTo("Nhóm liên hệ");
        assertThat(bar.select("select#f-kind[name=kind] option[selected]").val()).isEqualTo("EXPERT");
        assertThat(bar.selectFirst("button[type=submit]").text()).isEqualTo("Lọc");
        assertThat(first.select("nav.vt-pager")).as("one page needs no pager").isEmpty();

        Document second = Jsoup.parse(focal.get(CONTACTS + "?q=" + encoded(name) + "&kind=EXPERT&page=1").body());
        Element pager = second.selectFirst("nav.vt-pager");
        assertThat(pager).isNotNull();
        assertThat(pager.attr("aria-label")).isEqualTo("Phân trang");
        assertThat(pager.selectFirst("a[rel=prev]").attr("href"))
                .isEqualTo(CONTACTS + "?q=" + encoded(name) + "&kind=EXPERT");
        assertThat(pager.selectFirst("a[rel=prev]").text()).isEqualTo("Trang trước");
        assertThat(pager.select("a[rel=next]")).isEmpty();
        assertThat(pager.text()).contains("Trang 2 / 1");
    }

    @Test
    void aFormShowsItsErrorsAtTheFieldAndAnotherSaveInTheConflictPanel() {
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get(CONTACTS + "/new");
        Map<String, String> kindless = contact("Hà Minh Thư", "");
        kindless.put("notes", "Ghi chú vẫn còn");
        Document refused = Jsoup.parse(focal.post(CONTACTS + "/new", kindless).body());
        Element kind = refused.getElementById("kind");
        assertThat(kind.tagName()).isEqualTo("select");
        assertThat(kind.hasClass("is-invalid")).isTrue();
        assertThat(kind.attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById(kind.attr("aria-describedby")).hasClass("invalid-feedback")).isTrue();
        assertThat(refused.selectFirst("label[for=kind]").text()).isEqualTo("Nhóm liên hệ *");
        Element notes = refused.getElementById("notes");
        assertThat(notes.tagName()).isEqualTo("textarea");
        assertThat(notes.val()).isEqualTo("Ghi chú vẫn còn");
        assertThat(notes.hasAttr("aria-invalid")).isFalse();

        HttpResponse<String> saved = focal.post(CONTACTS + "/new", contact("Hà Minh Thư", "EXPERT"));
        String edit = WebClient.location(saved).replace("http://localhost:" + port, "") + "/edit";
        WebClient other = Staff.admin().browser(port);
        other.get(edit);
        Map<String, String> mine = contact("Hà Minh Thư", "EXPERT");
        mine.put("version", "0");
        mine.put("phone", "+84 913 222 333");
        assertThat(focal.post(edit, mine).statusCode()).isEqualTo(302);
        Map<String, String> theirs = contact("Hà Minh Thư", "SCHOLAR");
        theirs.put("version", "0");
        Document conflict = Jsoup.parse(other.post(edit, theirs).body());
        Element panel = conflict.getElementById("conflict");
        assertThat(panel.hasClass("alert-warning")).isTrue();
        assertThat(panel.attr("role")).isEqualTo("alert");
        assertThat(panel.child(0).text()).isEqualTo("Phiên bản vừa được người khác lưu:");
        assertThat(panel.select("dd").eachText()).contains("+84 913 222 333");
        assertThat(panel.children().last().text()).startsWith("Kiểm tra hai phiên bản");
        assertThat(conflict.select("select#kind option[selected]").val()).isEqualTo("SCHOLAR");
    }

    @Test
    void aFormRecordKeepsAValueThatDoesNotConvertWithItsErrorAtTheField() {
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get(CONTACTS + "/new");
        HttpResponse<String> saved = focal.post(CONTACTS + "/new", contact("Đỗ Khánh Linh", "EXPERT"));
        String contact = WebClient.location(saved).replace("http://localhost:" + port, "");
        focal.get(contact);
        Document refused = Jsoup.parse(focal.post(contact + "/interactions", Map.of("kind", "MEETING",
                "occurredOn", "2026-13-45", "notes", "Ghi chú vẫn giữ")).body());
        assertThat(refused.getElementById("occurredOn").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById("occurredOn-error").text()).isEqualTo("Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2026.");
        Element notes = refused.getElementById("notes");
        assertThat(notes.tagName()).isEqualTo("textarea");
        assertThat(notes.val()).isEqualTo("Ghi chú vẫn giữ");
        assertThat(refused.select("select#kind option[selected]").val()).isEqualTo("MEETING");
    }

    @Test
    void aFormOnARecordsTabKeepsItsInputAndItsErrorAtTheFieldAcrossTheRedirect() {
        String organisation = "/app/registry/organisations/" + Ngos.anNgo().register().id();
        WebClient focal = Staff.focalPoint().browser(port);
        Document tab = Jsoup.parse(focal.get(organisation + "?tab=history").body());
        String version = tab.selectFirst("form[action$=/status] input[name=version]").val();

        HttpResponse<String> refused = focal.post(organisation + "/status", Map.of("version", version,
                "to", "SUSPENDED", "reason", "Hoạt động ngoài địa bàn được phép", "decisionNumber", ""));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(refused)).endsWith(organisation + "?tab=history");
        Document shown = Jsoup.parse(focal.get(organisation + "?tab=history").body());
        Element number = shown.getElementById("status-decisionNumber");
        assertThat(number.hasClass("is-invalid")).isTrue();
        assertThat(number.attr("aria-invalid")).isEqualTo("true");
        assertThat(shown.getElementById(number.attr("aria-describedby")).text())
                .isEqualTo("Nhập số văn bản quyết định.");
        assertThat(shown.getElementById("status-reason").val()).isEqualTo("Hoạt động ngoài địa bàn được phép");
        assertThat(shown.select("select#status-to option[selected]").val()).isEqualTo("SUSPENDED");
        Document again = Jsoup.parse(focal.get(organisation + "?tab=history").body());
        assertThat(again.getElementById("status-reason").val()).as("kept for one page only").isEmpty();
        assertThat(again.select("[aria-invalid]")).isEmpty();
    }

    private static Map<String, String> contact(String name, String kind) {
        return new HashMap<>(Map.of("kind", kind, "fullName", name, "languages", "vi", "countryCode", "VN"));
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
