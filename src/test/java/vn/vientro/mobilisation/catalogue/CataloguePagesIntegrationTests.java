package vn.vientro.mobilisation.catalogue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.CatalogueVersions;
import vn.vientro.mobilisation.Needs;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's pages and API over HTTP: who reads which version, who compiles, who approves. */
@VientroIntegrationTest
class CataloguePagesIntegrationTests {

    private static final String PATH = "/app/mobilisation/catalogues";

    @LocalServerPort
    int port;

    @Test
    void theLeaderApprovesADraftOnItsPageAndEveryoneThenReadsItAsApproved() {
        Staff commune = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long need = Needs.aNeedOf(commune).titled("Cải tạo trường tiểu học vùng lũ", "Flood-proofing a primary school")
                .accepted(Staff.appraiser());
        long period = CatalogueVersions.aPeriod();
        long draft = CatalogueVersions.draft(period, need);
        WebClient leader = Staff.leader().browser(port);
        Document form = Jsoup.parse(leader.get(PATH + "/versions/" + draft + "/approval").body());
        HttpResponse<String> refused = leader.post(PATH + "/versions/" + draft + "/approval", Map.of(
                "version", form.select("input[name=version]").val(), "referenceNumber", "45/QĐ-UBND",
                "referenceDate", Today.inProvince().plusDays(3).toString()));
        assertThat(Jsoup.parse(refused.body()).select("#referenceDate-error").text())
                .isEqualTo("Ngày ký quyết định không được sau hôm nay.");
        HttpResponse<String> approved = leader.post(PATH + "/versions/" + draft + "/approval", Map.of(
                "version", form.select("input[name=version]").val(), "referenceNumber", "45/QĐ-UBND",
                "referenceDate", Today.inProvince().toString()));
        assertThat(approved.statusCode()).isEqualTo(302);

        Document page = Jsoup.parse(commune.browser(port).get(PATH + "/versions/" + draft).body());
        assertThat(page.select("#version-status").text()).isEqualTo("Đã phê duyệt");
        assertThat(page.select("#decision-line").text()).startsWith("Quyết định số 45/QĐ-UBND ngày");
        assertThat(page.select("#catalogue-rows").text()).contains("Cải tạo trường tiểu học vùng lũ");
        assertThat(page.select("#total-cost").text()).isEqualTo("4.500.000.000 ₫");
        assertThat(page.select("thead th").eachText()).contains("STT", "Tên dự án", "Địa điểm", "Lĩnh vực",
                "Mục tiêu", "Tổng vốn (đồng)", "Vốn đối ứng (đồng)", "Cơ quan đề xuất");
        Document changes = Jsoup.parse(commune.browser(port).get(PATH + "/versions/" + draft + "/changes").body());
        assertThat(changes.select("#changes-added").text()).contains("Cải tạo trường tiểu học vùng lũ");
        assertThat(Jsoup.parse(commune.browser(port).get(PATH + "/" + period).body()).select("#version-rows").text())
                .contains("Phiên bản 1").contains("45/QĐ-UBND");
        assertThat(Jsoup.parse(commune.browser(port).get(PATH).body()).select("#period-rows").text())
                .contains("Phiên bản 1");
    }

    @Test
    void theAppraisalLeadCompilesOnTheDraftsPage() {
        Staff commune = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long need = Needs.aNeedOf(commune).titled("Nhà sinh hoạt cộng đồng tránh lũ", "Flood shelter hall")
                .accepted(Staff.appraiser());
        long draft = CatalogueVersions.draft(CatalogueVersions.aPeriod());
        WebClient appraiser = Staff.appraiser().browser(port);
        Document page = Jsoup.parse(appraiser.get(PATH + "/versions/" + draft).body());
        assertThat(page.select("#needId option").eachAttr("value")).contains(Long.toString(need));
        HttpResponse<String> included = appraiser.post(PATH + "/versions/" + draft + "/needs", Map.of(
                "version", page.select("#include-need input[name=version]").val(), "needId", Long.toString(need)));
        assertThat(included.statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(appraiser.get(PATH + "/versions/" + draft).body()).select("#catalogue-rows").text())
                .contains("Nhà sinh hoạt cộng đồng tránh lũ");
        assertThat(CatalogueVersions.listedNeeds(draft)).containsExactly(need);
    }

    @Test
    void anAgencyOfficerSeesNoDraftAndCompilesOrApprovesNothingByPageOrApi() {
        Staff officer = Staff.officerOf(ProvinceAgencies.newLineDepartment().id());
        Staff other = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long need = Needs.aNeedOf(other).titled("Đề xuất của xã khác chưa phê duyệt", "Another commune's proposal")
                .accepted(Staff.appraiser());
        long period = CatalogueVersions.aPeriod();
        long draft = CatalogueVersions.draft(period, need);
        WebClient browser = officer.browser(port);
        assertThat(browser.get(PATH + "/versions/" + draft).statusCode()).isEqualTo(403);
        assertThat(browser.get(PATH + "/versions/" + draft + "/changes").statusCode()).isEqualTo(403);
        assertThat(browser.get(PATH + "/" + period).body()).doesNotContain("Phiên bản 1");
        assertThat(browser.get(PATH + "/versions/" + draft + "/approval").statusCode()).isEqualTo(403);
        assertThat(Staff.appraiser().browser(port).get(PATH + "/versions/" + draft + "/approval").statusCode())
                .isEqualTo(403);
        String token = officer.token();
        assertThat(WebClient.api(port, "GET", "/api/v1/catalogues/versions/" + draft, token, null).statusCode())
                .isEqualTo(403);
        assertThat(WebClient.api(port, "POST", "/api/v1/catalogues", token, "{\"firstYear\":2031,\"lastYear\":2035}")
                .statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "POST", "/api/v1/catalogues/versions/" + draft + "/approval", token,
                "{\"version\":0,\"decisionNumber\":\"1/QĐ\",\"decisionDate\":\"2026-01-02\"}").statusCode())
                .isEqualTo(403);
        assertThat(WebClient.api(port, "POST", "/api/v1/catalogues/versions/" + draft + "/approval",
                Staff.appraiser().token(), "{\"version\":0}").statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "GET", "/api/v1/catalogues/versions/" + draft, Staff.focalPoint().token(),
                null).body()).contains("Đề xuất của xã khác chưa phê duyệt");
    }
}
