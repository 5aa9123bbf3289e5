package vn.vientro.identity.agency;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyDetails;
import vn.vientro.identity.AgencyKind;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

/** The agency pages and API: registering, editing side by side, succession. */
@VientroIntegrationTest
class AgencyAdministrationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Agencies agencies;

    @Test
    void administratorRegistersAnAgency() {
        WebClient admin = Staff.admin().browser(port);
        admin.get("/app/admin/agencies/new");
        HttpResponse<String> response = admin.post("/app/admin/agencies/new", agencyForm("SNN", "Sở Nông nghiệp và Môi trường"));
        assertThat(response.statusCode()).isEqualTo(302);
        HttpResponse<String> page = admin.get(location(response).replace("http://localhost:" + port, ""));
        assertThat(page.body()).contains("Sở Nông nghiệp và Môi trường").contains("Đã lưu thông tin cơ quan");
    }

    @Test
    void administratorStatesTheTitleOfTheAgencysHeadOnThePage() {
        WebClient admin = Staff.admin().browser(port);
        admin.get("/app/admin/agencies/new");
        Map<String, String> form = agencyForm("SXD-" + Unique.number(), "Sở Xây dựng tỉnh Phú Thọ");
        form.put("headTitleVi", "Giám đốc Sở Xây dựng tỉnh Phú Thọ");
        form.put("headTitleEn", "Director of the Phu Tho Department of Construction");
        HttpResponse<String> response = admin.post("/app/admin/agencies/new", form);
        assertThat(response.statusCode()).isEqualTo(302);

        HttpResponse<String> page = admin.get(location(response).replace("http://localhost:" + port, ""));
        assertThat(fieldValue(page, "headTitleVi")).isEqualTo("Giám đốc Sở Xây dựng tỉnh Phú Thọ");
        assertThat(fieldValue(page, "headTitleEn")).isEqualTo("Director of the Phu Tho Department of Construction");
        assertThat(page.body()).contains("Chức danh người đứng đầu");
    }

    @Test
    void apiStatesTheTitleOfTheAgencysHeadWithinItsLimit() {
        AgencyView health = ProvinceAgencies.newLineDepartment();
        String body = "{\"version\":" + health.version() + ",\"code\":\"" + health.code() + "\",\"nameVi\":\""
                + health.nameVi() + "\",\"kind\":\"LINE_DEPARTMENT\",\"headTitleVi\":\"%s\"}";
        HttpResponse<String> tooLong = WebClient.api(port, "PUT", "/api/v1/agencies/" + health.id(),
                Staff.admin().token(), body.formatted("G".repeat(501)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"headTitleVi\"").contains("500");

        HttpResponse<String> stated = WebClient.api(port, "PUT", "/api/v1/agencies/" + health.id(),
                Staff.admin().token(), body.formatted("Quyền Giám đốc " + health.nameVi()));
        assertThat(stated.statusCode()).as(stated.body()).isEqualTo(200);
        assertThat(stated.body()).contains("\"headTitleVi\":\"Quyền Giám đốc " + health.nameVi() + "\"");
        assertThat(agencies.get(health.id()).headTitleVi()).isEqualTo("Quyền Giám đốc " + health.nameVi());
    }

    @Test
    void showsValidationErrorsAtTheFieldAndKeepsWhatWasTyped() {
        WebClient admin = Staff.admin().browser(port);
        admin.get("/app/admin/agencies/new");
        Map<String, String> form = agencyForm("", "Tên vẫn được giữ lại");
        form.put("email", "not-an-email");
        HttpResponse<String> response = admin.post("/app/admin/agencies/new", form);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"code-error\"").contains("Nhập mã cơ quan.")
                .contains("id=\"email-error\"").contains("Địa chỉ thư điện tử không hợp lệ.")
                .contains("aria-invalid=\"true\"");
        assertThat(fieldValue(response, "nameVi")).isEqualTo("Tên vẫn được giữ lại");
    }

    @Test
    void refusesADuplicateCodeAtTheCodeField() {
        ProvinceAgencies.finance();
        WebClient admin = Staff.admin().browser(port);
        admin.get("/app/admin/agencies/new");
        HttpResponse<String> response = admin.post("/app/admin/agencies/new", agencyForm("stc", "Trùng mã"));
        assertThat(response.body()).contains("id=\"code-error\"").contains("đã được dùng cho cơ quan khác");
    }

    @Test
    void concurrentEditsDoNotOverwriteSilently() {
        String code = "LHHN-" + Unique.number();
        long id = ProvinceAgencies.register(new AgencyDetails(code, "Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ", null,
                null, AgencyKind.FRIENDSHIP_UNION, false, false, true, null, null, null, null, null)).id();
        Staff admin = Staff.admin();
        WebClient first = admin.browser(port);
        WebClient second = admin.browser(port);
        first.get("/app/admin/agencies/" + id);
        second.get("/app/admin/agencies/" + id);
        long version = agencies.get(id).version();

        Map<String, String> firstEdit = agencyForm(code, "Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ");
        firstEdit.put("version", String.valueOf(version));
        firstEdit.put("phone", "0210 111 111");
        assertThat(first.post("/app/admin/agencies/" + id, firstEdit).statusCode()).isEqualTo(302);

        Map<String, String> secondEdit = agencyForm(code, "Liên hiệp hữu nghị (bản của người thứ hai)");
        secondEdit.put("version", String.valueOf(version));
        HttpResponse<String> conflict = second.post("/app/admin/agencies/" + id, secondEdit);
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body())
                .contains("Người khác đã lưu bản ghi này")
                .contains("0210 111 111");
        assertThat(fieldValue(conflict, "nameVi")).isEqualTo("Liên hiệp hữu nghị (bản của người thứ hai)");
        assertThat(agencies.get(id).phone()).isEqualTo("0210 111 111");
        assertThat(agencies.get(id).nameVi()).isEqualTo("Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ");
    }

    @Test
    void oldAgencyResolvesToTheBodyCarryingOnItsDuties() {
        AgencyView former = ProvinceAgencies.register(new AgencyDetails("SKHDT-VP-" + Unique.number(),
                "Sở Kế hoạch và Đầu tư tỉnh Vĩnh Phúc (cũ)", null, null, AgencyKind.PLANNING_INVESTMENT, false, false,
                false, null, null, null, null, null));
        long finance = ProvinceAgencies.finance().id();
        SystemAuthentication.asAdministrator("system:test", () -> {
            agencies.recordSuccession(former.id(), finance, java.time.LocalDate.of(2025, 3, 1), "Sáp nhập (2025)");
            return null;
        });
        long oldDepartment = former.id();
        assertThat(agencies.responsibleOn(oldDepartment, java.time.LocalDate.of(2024, 6, 1)).code())
                .isEqualTo(former.code());
        assertThat(agencies.responsibleOn(oldDepartment, java.time.LocalDate.of(2026, 1, 1)).code()).isEqualTo("STC");
    }

    @Test
    void recordsASuccessionOnTheAgencysPageShowingWhatIsMissingAtItsField() {
        AgencyView former = ProvinceAgencies.register(new AgencyDetails("SXD-VP-" + Unique.number(),
                "Sở Xây dựng tỉnh Vĩnh Phúc (cũ)", null, null, AgencyKind.LINE_DEPARTMENT, false, false, true, null,
                null, null, null, null));
        long finance = ProvinceAgencies.finance().id();
        String page = "/app/admin/agencies/" + former.id();
        WebClient admin = Staff.admin().browser(port);
        admin.get(page);

        assertThat(admin.post(page + "/succession", Map.of("successorId", String.valueOf(finance),
                "legalBasis", "Nghị quyết sáp nhập")).statusCode()).isEqualTo(302);
        org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(admin.get(page).body());
        assertThat(refused.getElementById("successorId").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById("successorId-error").text())
                .isEqualTo("Chọn cơ quan tiếp nhận và ngày có hiệu lực.");
        assertThat(refused.select("select#successorId option[selected]").val()).isEqualTo(String.valueOf(finance));
        assertThat(refused.getElementById("legalBasis").val()).isEqualTo("Nghị quyết sáp nhập");

        assertThat(admin.post(page + "/succession", Map.of("successorId", String.valueOf(finance),
                "effectiveOn", "2025-07-01", "legalBasis", "Nghị quyết sáp nhập")).statusCode()).isEqualTo(302);
        assertThat(admin.get(page).body()).contains("Đã ghi nhận cơ quan kế thừa.").contains("01/07/2025");
        assertThat(agencies.responsibleOn(former.id(), java.time.LocalDate.of(2026, 1, 1)).id()).isEqualTo(finance);
    }

    @Test
    void serviceLayerRefusesWritesFromNonAdministratorsThroughTheApi() {
        String body = "{\"code\":\"API-X\",\"nameVi\":\"Cơ quan API\",\"kind\":\"OTHER\"}";
        assertThat(WebClient.api(port, "POST", "/api/v1/agencies", Staff.focalPoint().token(), body).statusCode())
                .isEqualTo(403);
        HttpResponse<String> created = WebClient.api(port, "POST", "/api/v1/agencies", Staff.admin().token(), body);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"code\":\"API-X\"");
    }

    @Test
    void apiAnswersInvalidInputWithProblemDetailsListingEachField() {
        HttpResponse<String> response = WebClient.api(port, "POST", "/api/v1/agencies", Staff.admin().token(),
                "{\"code\":\"\",\"nameVi\":\"\",\"email\":\"x\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"/problems/validation\"")
                .contains("\"field\":\"code\"").contains("\"field\":\"nameVi\"").contains("\"field\":\"kind\"")
                .contains("Nhập mã cơ quan.");
    }

    @Test
    void apiRefusesAStaleVersionWithConflict() {
        AgencyView health = ProvinceAgencies.newLineDepartment();
        long id = health.id();
        HttpResponse<String> response = WebClient.api(port, "PUT", "/api/v1/agencies/" + id, Staff.admin().token(),
                "{\"version\":999,\"code\":\"" + health.code()
                + "\",\"nameVi\":\"Sở Y tế\",\"kind\":\"LINE_DEPARTMENT\"}");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("/problems/stale-version");
    }

    static String fieldValue(HttpResponse<String> page, String id) {
        return org.jsoup.Jsoup.parse(page.body()).getElementById(id).val();
    }

    static Map<String, String> agencyForm(String code, String nameVi) {
        return new HashMap<>(Map.of("code", code, "nameVi", nameVi, "nameEn", "", "shortName", "",
                "kind", "LINE_DEPARTMENT", "active", "true", "email", "", "phone", "", "address", ""));
    }
}
