package vn.vientro.portal.procedures;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Events;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procedures on the portal: a page per procedure in both languages with the dossier's papers and the time limits
 * as the aid module configures them and the NGOs' duties as the registry does; the focal point's text, sanitised,
 * refused on a stale version; its forms, checked on upload and downloaded by anyone; the pages renewed on each change.
 */
@VientroIntegrationTest
class ProceduresIntegrationTests {

    private static final String PROJECTS = "/app/portal/procedures/receiving-programme-and-project-aid";
    private static final String NON_PROJECT = "/app/portal/procedures/receiving-non-project-aid";

    @LocalServerPort
    int port;

    @Test
    void eachProcedureHasItsPageInBothLanguagesWithTheConfiguredPapersAndLimits() {
        WebClient visitor = new WebClient(port);
        Document list = Jsoup.parse(visitor.get("/thu-tuc").body());
        assertThat(list.select("#procedure-list a").eachAttr("href")).containsExactly(
                "/thu-tuc/tiep-nhan-vien-tro-chuong-trinh-du-an", "/thu-tuc/tiep-nhan-vien-tro-phi-du-an",
                "/thu-tuc/tiep-nhan-vien-tro-khan-cap", "/thu-tuc/nghia-vu-cua-to-chuc-phi-chinh-phu-nuoc-ngoai");
        assertThat(list.select("nav a[href=/thu-tuc]")).as("in the portal's menu").isNotEmpty();
        assertThat(list.select("footer a[href=/thu-tuc]")).isNotEmpty();

        Document projects = Jsoup.parse(visitor.get("/thu-tuc/tiep-nhan-vien-tro-chuong-trinh-du-an").body());
        assertThat(projects.select("h1").text()).isEqualTo("Tiếp nhận viện trợ theo chương trình, dự án");
        assertThat(projects.select("#procedure-papers").text())
                .contains("Văn kiện chương trình, dự án (mẫu Phụ lục II Nghị định 80/2020/NĐ-CP)")
                .contains("Hồ sơ theo pháp luật về đầu tư công, xây dựng").contains("Dự án đầu tư")
                .as("the appraisal lead's own papers are not the applicant's").doesNotContain("Báo cáo kết quả thẩm định")
                .doesNotContain("phi dự án (nội dung");
        assertThat(projects.select("#procedure-limits").text()).contains("20 ngày làm việc")
                .contains("Thủ tục hành chính 1.008605");
        assertThat(projects.select("link[hreflang=en]").attr("href"))
                .endsWith("/en/procedures/receiving-programme-and-project-aid");

        Document emergency = Jsoup.parse(visitor.get("/en/procedures/receiving-emergency-relief").body());
        assertThat(emergency.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(emergency.select("#procedure-papers").text()).contains("Donor's notice with the list of relief items");
        assertThat(emergency.select("#procedure-limits").text()).contains("3 days").contains("3 months");

        Document duties = Jsoup.parse(visitor.get("/thu-tuc/nghia-vu-cua-to-chuc-phi-chinh-phu-nuoc-ngoai").body());
        assertThat(duties.select("#procedure-duties").text()).contains("45 ngày làm việc").contains("18/12")
                .contains("Nghị định 58/2022/NĐ-CP");
        assertThat(duties.select("#procedure-papers")).isEmpty();

        HttpResponse<String> crossed = visitor.get("/thu-tuc/receiving-emergency-relief");
        assertThat(crossed.statusCode()).isEqualTo(301);
        assertThat(WebClient.location(crossed)).endsWith("/thu-tuc/tiep-nhan-vien-tro-khan-cap");
        assertThat(visitor.get("/thu-tuc/khong-co").statusCode()).isEqualTo(404);
        String map = visitor.get("/sitemap.xml").body();
        assertThat(map).contains("/thu-tuc/tiep-nhan-vien-tro-phi-du-an").contains("/en/procedures/duties-of-foreign-ngos");
    }

    @Test
    void theFocalPointsTextIsSanitisedAndShownAtOnce() {
        int n = Unique.number();
        WebClient visitor = new WebClient(port);
        HttpResponse<String> before = visitor.get("/thu-tuc/tiep-nhan-vien-tro-phi-du-an");
        String etag = before.headers().firstValue("ETag").orElseThrow();

        WebClient focal = Staff.focalPoint().browser(port);
        Document form = Jsoup.parse(focal.get(NON_PROJECT).body());
        String version = form.select("input[name=version]").val();
        HttpResponse<String> saved = focal.post(NON_PROJECT, text(version, "<h2>Cách nộp " + n + "</h2>"
                + "<p onclick=\"alert(1)\">Nộp tại bộ phận một cửa.<script>alert('x')</script></p>"
                + "<a href=\"javascript:alert(1)\">bấm</a><img src=x onerror=alert(2)>"
                + "<a href=\"https://dichvucong.gov.vn\">Cổng dịch vụ công</a>", "<p>Submit at the one-stop desk " + n
                + ".</p>"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        Events.settle();

        HttpResponse<String> after = new WebClient(port).sending("If-None-Match", etag)
                .get("/thu-tuc/tiep-nhan-vien-tro-phi-du-an");
        assertThat(after.statusCode()).as("the change renews the page").isEqualTo(200);
        Document page = Jsoup.parse(after.body());
        assertThat(page.select("#procedure-body h2").text()).isEqualTo("Cách nộp " + n);
        assertThat(page.select("#procedure-body").html()).doesNotContain("script").doesNotContain("onclick")
                .doesNotContain("javascript:").doesNotContain("onerror").doesNotContain("<img");
        assertThat(page.select("#procedure-body a[href=https://dichvucong.gov.vn]").attr("rel")).isEqualTo("nofollow");
        assertThat(page.select("script")).as("no script but the layout's").allMatch(script -> script.hasAttr("src"));
        assertThat(Jsoup.parse(visitor.get("/en/procedures/receiving-non-project-aid").body())
                .select("#procedure-body").text()).isEqualTo("Submit at the one-stop desk " + n + ".");
        assertThat(Jsoup.parse(focal.get(NON_PROJECT).body()).select("#bodyVi").text())
                .as("what is stored is the sanitised text").doesNotContain("script");
    }

    @Test
    void aStaleVersionIsRefusedKeepingWhatWasTyped() {
        WebClient focal = Staff.focalPoint().browser(port);
        String version = Jsoup.parse(focal.get(PROJECTS).body()).select("input[name=version]").val();
        assertThat(focal.post(PROJECTS, text(version, "<p>Bản của người thứ nhất.</p>", "")).statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale = focal.post(PROJECTS, text(version, "<p>Bản của tôi.</p>", ""));
        assertThat(stale.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(stale.body());
        assertThat(page.select("#conflict").text()).contains("Bản của người thứ nhất.");
        assertThat(page.select("#bodyVi").text()).contains("Bản của tôi.");
        assertThat(page.select("input[name=version]").val()).isNotEqualTo(version);

        HttpResponse<String> empty = focal.post(PROJECTS, text(page.select("input[name=version]").val(), " ", ""));
        assertThat(Jsoup.parse(empty.body()).select(".is-invalid").eachAttr("id")).containsExactly("bodyVi");
    }

    @Test
    void onlyTheFocalPointEditsProceduresOthersAreRefused() {
        for (Staff other : List.of(Staff.leader(), Staff.appraiser(), Staff.officer(), Staff.admin())) {
            WebClient browser = other.browser(port);
            assertThat(browser.get("/app/portal/procedures").statusCode()).as(other.username()).isEqualTo(403);
            assertThat(browser.get(PROJECTS).statusCode()).isEqualTo(403);
            browser.get("/app");
            assertThat(browser.post(PROJECTS, text("", "<p>x</p>", "")).statusCode()).isEqualTo(403);
        }
        HttpResponse<String> anonymous = new WebClient(port).get(PROJECTS);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(anonymous)).contains("/login");
        WebClient focal = Staff.focalPoint().browser(port);
        assertThat(Jsoup.parse(focal.get("/app/portal/procedures").body()).select("#procedure-edit-list a"))
                .hasSize(4);
        assertThat(focal.get("/app/portal/procedures/no-such-procedure").statusCode()).isEqualTo(404);
    }

    @Test
    void formsAreCheckedOnUploadAndDownloadedByAnyone() {
        int n = Unique.number();
        String duties = "/app/portal/procedures/duties-of-foreign-ngos";
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get(duties);
        HttpResponse<String> uploaded = focal.postFile(duties + "/forms?titleVi=M%E1%BA%ABu+b%C3%A1o+c%C3%A1o+" + n
                + "&titleEn=Report+form+" + n, "file", "mau-bao-cao.pdf", "application/pdf", Samples.pdf("form " + n));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        Events.settle();

        Document page = Jsoup.parse(new WebClient(port).get("/en/procedures/duties-of-foreign-ngos").body());
        String link = page.select("#procedure-forms a:contains(Report form " + n + ")").attr("href");
        assertThat(link).startsWith("/thu-tuc/bieu-mau/");
        HttpResponse<String> download = new WebClient(port).get(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(download.body()).startsWith("%PDF");

        focal.get(duties);
        HttpResponse<String> script = focal.postFile(duties + "/forms?titleVi=Trang", "file", "trang.html",
                "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(script.statusCode()).isEqualTo(302);
        Document refused = Jsoup.parse(focal.get(duties).body());
        assertThat(refused.select("#upload-error").text()).isNotEmpty();
        assertThat(refused.select("#procedure-form-files").text()).doesNotContain("trang.html");

        HttpResponse<String> untitled = focal.postFile(duties + "/forms", "file", "b.pdf", "application/pdf",
                Samples.pdf("untitled " + n));
        assertThat(untitled.statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(focal.get(duties).body()).select("#upload-error").text())
                .isEqualTo("Nhập tên biểu mẫu tiếng Việt.");

        String id = link.substring(link.lastIndexOf('/') + 1);
        focal.get(duties);
        assertThat(focal.post(duties + "/forms/" + id + "/delete", Map.of()).statusCode()).isEqualTo(302);
        Events.settle();
        assertThat(new WebClient(port).get(link).statusCode()).isEqualTo(404);
        assertThat(new WebClient(port).get("/en/procedures/duties-of-foreign-ngos").body())
                .doesNotContain("Report form " + n);
        assertThat(Staff.leader().browser(port).get(duties).statusCode()).isEqualTo(403);
    }

    @Test
    void theApiRewritesATextSanitisedWithTheSameRoleAndVersions() {
        String path = "/api/v1/procedures/receiving-emergency-relief";
        var stored = vn.vientro.aid.AidFixtures.read(WebClient.api(port, "GET", path, Staff.focalPoint().token(), null)
                .body());
        String version = stored.path("version").isNumber() ? Long.toString(stored.path("version").asLong()) : "null";
        String body = "{\"version\":" + version + ",\"bodyVi\":\"<p onmouseover=\\\"x()\\\">Gọi ngay</p>"
                + "<script>x()</script>\"}";
        assertThat(WebClient.api(port, "PUT", path, Staff.appraiser().token(), body).statusCode()).isEqualTo(403);
        HttpResponse<String> written = WebClient.api(port, "PUT", path, Staff.focalPoint().token(), body);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(vn.vientro.aid.AidFixtures.read(written.body()).path("bodyVi").asString()).isEqualTo("<p>Gọi ngay</p>");
        assertThat(WebClient.api(port, "PUT", path, Staff.focalPoint().token(), body).statusCode()).isEqualTo(409);
        assertThat(WebClient.api(port, "GET", "/api/v1/procedures/nothing", Staff.focalPoint().token(), null)
                .statusCode()).isEqualTo(404);
    }

    private static Map<String, String> text(String version, String bodyVi, String bodyEn) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", version);
        form.put("bodyVi", bodyVi);
        form.put("bodyEn", bodyEn);
        return form;
    }
}
