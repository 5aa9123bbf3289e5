package vn.vientro.aid.results;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

/** The results tab and its form pages over real HTTP, as the aid owner's officer and the focal point use them. */
@VientroIntegrationTest
class ResultsPageIntegrationTests {

    @LocalServerPort
    int port;
    static final AidTeam team = new AidTeam();
    final AidFixtures aid = new AidFixtures(team);
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficerBuildsTheFrameworkOnPagesWithErrorsAtTheirFields() {
        long id = aid.draftProject(port, "Khung kết quả trên trang");
        WebClient officer = team.officer().browser(port);
        String empty = officer.get(tab(id)).body();
        assertThat(empty).contains("Chưa có khung kết quả. Thêm kết quả đầu tiên").contains("id=\"add-result\"");

        officer.get("/app/aid/items/" + id + "/results/new");
        String noTitle = officer.post("/app/aid/items/" + id + "/results",
                Map.of("level", "OUTPUT", "titleVi", "", "titleEn", "Trained health workers")).body();
        assertThat(noTitle).contains("id=\"titleVi-error\"").contains("Nhập tên bằng tiếng Việt.")
                .contains("value=\"Trained health workers\"");
        HttpResponse<String> added = officer.post("/app/aid/items/" + id + "/results",
                Map.of("level", "OUTPUT", "titleVi", "Nhân viên y tế xã được tập huấn", "titleEn", ""));
        assertThat(location(added)).endsWith("/app/aid/items/" + id + "?tab=results");
        long result = jdbc.sql("select id from aid.result where aid_item = :id").param("id", id)
                .query(Long.class).single();

        officer.get("/app/aid/items/" + id + "/results/" + result + "/indicators/new");
        Map<String, String> indicator = new HashMap<>(Map.of("titleVi", "Số nhân viên y tế được tập huấn",
                "measure", "UNIT", "unit", "người", "ascending", "true", "baselineYear", "năm 2024",
                "baselineValue", "1.200"));
        String badYear = officer.post("/app/aid/items/" + id + "/results/" + result + "/indicators", indicator)
                .body();
        assertThat(badYear).contains("id=\"baselineYear-error\"").contains("Không đọc được năm «năm 2024»")
                .contains("value=\"1.200\"");
        indicator.put("baselineYear", "2024");
        officer.post("/app/aid/items/" + id + "/results/" + result + "/indicators", indicator);
        long indicatorId = jdbc.sql("select id from aid.result_indicator where result = :r").param("r", result)
                .query(Long.class).single();

        String blank = officer.get("/app/aid/items/" + id + "/indicators/" + indicatorId + "/periods/new").body();
        int year = Today.inProvince().getYear();
        assertThat(blank).as("the calendar year is offered").contains("value=\"01/01/" + year + "\"")
                .contains("value=\"31/12/" + year + "\"");
        assertThat(officer.post("/app/aid/items/" + id + "/indicators/" + indicatorId + "/periods",
                Map.of("start", year + "-01-01", "end", year + "-12-31", "targetValue", "1.500")).statusCode())
                .isEqualTo(302);
        String next = officer.get("/app/aid/items/" + id + "/indicators/" + indicatorId + "/periods/new").body();
        assertThat(next).as("the next period follows the last").contains("value=\"01/01/" + (year + 1) + "\"");

        String page = officer.get(tab(id)).body();
        assertThat(page).contains("Nhân viên y tế xã được tập huấn").contains("Số nhân viên y tế được tập huấn")
                .contains("Số lượng").contains("(người)").contains("1.200").contains("(2024)").contains("1.500")
                .contains("Chưa báo cáo").doesNotContain("Quá hạn báo cáo")
                .contains("class=\"aid-results-chart\"").contains("data-targets=\"1500\"")
                .contains("data-baseline=\"1200\"").contains("/js/aid-results.js").doesNotContain("<script>");
        assertThat(officer.get("/js/aid-results.js").statusCode()).isEqualTo(200);
        assertThat(officer.get(tab(id) + "&lang=en").body()).contains("Output").contains("Higher is better")
                .contains("Add a period and target");
    }

    @Test
    void afterApprovalTheOfficerReportsAndOnlyTheFocalPointAdjusts() {
        long id = aid.draftProject(port, "Khung kết quả báo cáo trên trang");
        LocalDate today = Today.inProvince();
        long indicator = framework(id, today.minusDays(400), today.minusDays(30));
        long period = jdbc.sql("select id from aid.indicator_period where indicator = :i").param("i", indicator)
                .query(Long.class).single();
        aid.moveTo(port, id, AidStatus.IMPLEMENTING);

        WebClient officer = team.officer().browser(port);
        String overdue = officer.get(tab(id)).body();
        assertThat(overdue).contains("Quá hạn báo cáo").contains("table-danger")
                .contains("Khung kết quả đã được phê duyệt cùng khoản viện trợ").doesNotContain("id=\"add-result\"")
                .contains("/app/aid/items/" + id + "/periods/" + period);

        String form = officer.get("/app/aid/items/" + id + "/periods/" + period).body();
        assertThat(form).contains("id=\"actual-form\"").contains("<fieldset disabled");
        String wrong = officer.post("/app/aid/items/" + id + "/periods/" + period + "/actual",
                Map.of("version", "0", "actualValue", "bảy mươi")).body();
        assertThat(wrong).contains("id=\"actualValue-error\"").contains("value=\"bảy mươi\"");
        HttpResponse<String> saved = officer.post("/app/aid/items/" + id + "/periods/" + period + "/actual",
                Map.of("version", "0", "actualValue", "70", "actualComment", "Danh sách học viên"));
        assertThat(location(saved)).endsWith("?tab=results");
        String reported = officer.get(tab(id)).body();
        assertThat(reported).contains("Đã lưu số liệu thực tế.").contains("50 %").doesNotContain("Quá hạn báo cáo")
                .contains("aria-valuenow=\"50\"");

        String locked = officer.post("/app/aid/items/" + id + "/periods/" + period,
                Map.of("version", "1", "start", today.minusDays(400).toString(),
                        "end", today.minusDays(30).toString(), "targetValue", "80")).body();
        assertThat(locked).contains("Không sửa được khung kết quả khi khoản viện trợ ở trạng thái «Đang thực hiện»");
        assertThat(target(period)).isEqualByComparingTo("100");

        WebClient focal = team.focal().browser(port);
        focal.get("/app/aid/items/" + id + "/periods/" + period);
        assertThat(focal.post("/app/aid/items/" + id + "/periods/" + period, Map.of("version", "1",
                "start", today.minusDays(400).toString(), "end", today.minusDays(30).toString(),
                "targetValue", "80")).statusCode()).isEqualTo(302);
        assertThat(target(period)).isEqualByComparingTo("80");
    }

    @Test
    void aConcurrentEditKeepsWhatWasTypedAndShowsTheirVersion() {
        long id = aid.draftProject(port, "Khung kết quả sửa cùng lúc");
        long indicator = framework(id, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        long result = jdbc.sql("select result from aid.result_indicator where id = :i").param("i", indicator)
                .query(Long.class).single();
        WebClient officer = team.officer().browser(port);
        WebClient focal = team.focal().browser(port);
        officer.get("/app/aid/items/" + id + "/results/" + result);
        focal.get("/app/aid/items/" + id + "/results/" + result);
        focal.post("/app/aid/items/" + id + "/results/" + result,
                Map.of("version", "0", "level", "OUTCOME", "titleVi", "Tên do đầu mối sửa"));
        String conflict = org.springframework.web.util.HtmlUtils.htmlUnescape(officer.post(
                "/app/aid/items/" + id + "/results/" + result,
                Map.of("version", "0", "level", "OUTPUT", "titleVi", "Tên do cán bộ sở sửa")).body());
        assertThat(conflict).contains("Người khác đã lưu bản ghi này").contains("Tên do đầu mối sửa")
                .contains("value=\"Tên do cán bộ sở sửa\"").contains("name=\"version\" value=\"1\"");
        assertThat(jdbc.sql("select title_vi from aid.result where id = :r").param("r", result)
                .query(String.class).single()).isEqualTo("Tên do đầu mối sửa");
    }

    @Test
    void anAgencyNotInvolvedCannotOpenTheTabOrItsPages() {
        long id = aid.draftProject(port, "Khung kết quả cơ quan khác");
        long indicator = framework(id, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        WebClient commune = team.communeOfficer().browser(port);
        assertThat(commune.get(tab(id)).statusCode()).isEqualTo(403);
        assertThat(commune.get("/app/aid/items/" + id + "/indicators/" + indicator).statusCode()).isEqualTo(403);
        WebClient police = team.police().browser(port);
        String readOnly = police.get("/app/aid/items/" + id + "/indicators/" + indicator).body();
        assertThat(readOnly).contains("Bạn chỉ xem được nội dung này").contains("<fieldset disabled")
                .contains("<title>Chỉ số · Vientro</title>").doesNotContain("Sửa chỉ số")
                .doesNotContain("Xóa chỉ số");
    }

    @Test
    void decimalsAreReadAndShownTheVietnameseWayAndSurviveAnEdit() {
        long id = aid.draftProject(port, "Khung kết quả số thập phân");
        long indicator = framework(id, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        WebClient officer = team.officer().browser(port);
        officer.get("/app/aid/items/" + id + "/indicators/" + indicator);
        Map<String, String> rate = new HashMap<>(Map.of("version", "0", "titleVi", "Tỷ lệ mắc trên 1.000 dân",
                "measure", "UNIT", "unit", "ca/1.000 dân", "ascending", "false", "baselineYear", "2024",
                "baselineValue", "2,125"));
        assertThat(officer.post("/app/aid/items/" + id + "/indicators/" + indicator, rate).statusCode())
                .isEqualTo(302);
        assertThat(baseline(indicator)).isEqualByComparingTo("2.125");
        String form = officer.get("/app/aid/items/" + id + "/indicators/" + indicator).body();
        assertThat(form).contains("value=\"2,125\"");
        rate.put("version", "1");
        officer.post("/app/aid/items/" + id + "/indicators/" + indicator, rate);
        assertThat(baseline(indicator)).as("saved again unchanged").isEqualByComparingTo("2.125");
        rate.put("version", "2");
        rate.put("baselineValue", "1.250,5");
        officer.post("/app/aid/items/" + id + "/indicators/" + indicator, rate);
        assertThat(baseline(indicator)).isEqualByComparingTo("1250.5");
        rate.put("version", "3");
        rate.put("baselineValue", "hai phẩy một");
        assertThat(officer.post("/app/aid/items/" + id + "/indicators/" + indicator, rate).body())
                .contains("id=\"baselineValue-error\"").contains("Không đọc được số «hai phẩy một»");
    }

    @Test
    void aFailedReportKeepsTheTargetOnThePageAndAChangeToARemovedRowSaysSo() {
        long id = aid.draftProject(port, "Khung kết quả lỗi báo cáo");
        long indicator = framework(id, Today.inProvince().minusDays(200), Today.inProvince().minusDays(20));
        long result = jdbc.sql("select result from aid.result_indicator where id = :i").param("i", indicator)
                .query(Long.class).single();
        WebClient officer = team.officer().browser(port);
        officer.get("/app/aid/items/" + id + "/results/" + result);
        WebClient.api(port, "DELETE", "/api/v1/aid-items/" + id + "/results/" + result + "?version=0", team.focal().token(), null);
        HttpResponse<String> gone = officer.post("/app/aid/items/" + id + "/results/" + result,
                Map.of("version", "0", "level", "OUTPUT", "titleVi", "Sửa muộn"));
        assertThat(location(gone)).endsWith("?tab=results");
        assertThat(officer.get("/app/aid/items/" + id + "?tab=results").body())
                .contains("Người khác vừa xóa mục bạn đang sửa");

        long second = aid.draftProject(port, "Khung kết quả lỗi báo cáo 2");
        long indicator2 = framework(second, Today.inProvince().minusDays(200), Today.inProvince().minusDays(20));
        long period2 = jdbc.sql("select id from aid.indicator_period where indicator = :i").param("i", indicator2)
                .query(Long.class).single();
        aid.moveTo(port, second, AidStatus.IMPLEMENTING);
        officer.get("/app/aid/items/" + second + "/periods/" + period2);
        String failed = officer.post("/app/aid/items/" + second + "/periods/" + period2 + "/actual",
                Map.of("version", "0", "actualValue", "")).body();
        assertThat(failed).contains("id=\"actualValue-error\"").contains("name=\"targetValue\" value=\"100\"")
                .contains("value=\"" + vn.vientro.shared.DateText.of(Today.inProvince().minusDays(200)) + "\"");
    }

    private java.math.BigDecimal baseline(long indicator) {
        return jdbc.sql("select baseline_value from aid.result_indicator where id = :i").param("i", indicator)
                .query(java.math.BigDecimal.class).single();
    }

    /** One output with one counted indicator (baseline 40 in 2024) and one period targeting 100; the indicator's id. */
    private long framework(long id, LocalDate start, LocalDate end) {
        long result = AidFixtures.read(WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/results",
                team.officer().token(), "{\"level\":\"OUTPUT\",\"titleVi\":\"Cán bộ được tập huấn\"}").body())
                .path("id")
                .asLong();
        long indicator = AidFixtures.read(WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/results/"
                + result + "/indicators", team.officer().token(), """
                {"titleVi":"Số cán bộ được tập huấn","measure":"UNIT","unit":"người","baselineYear":2024,
                 "baselineValue":40}""").body()).path("id").asLong();
        WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/indicators/" + indicator + "/periods",
                team.officer().token(), "{\"start\":\"%s\",\"end\":\"%s\",\"targetValue\":100}".formatted(start, end));
        return indicator;
    }

    private java.math.BigDecimal target(long period) {
        return jdbc.sql("select target_value from aid.indicator_period where id = :p").param("p", period)
                .query(java.math.BigDecimal.class).single();
    }

    private static String tab(long id) {
        return "/app/aid/items/" + id + "?tab=results";
    }
}
