package vn.vientro.aid.results;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results framework over the API: the aid owner sets it with the dossier and reports actual values after approval;
 * the focal point alone adjusts it after the decision; wrong values are refused at their field; stale versions never
 * overwrite; agencies not involved never read it.
 */
@VientroIntegrationTest
class ResultsApiIntegrationTests {

    @LocalServerPort
    int port;
    static final AidTeam team = new AidTeam();
    final AidFixtures aid = new AidFixtures(team);
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOwnerSetsTheFrameworkWithTheDossierAndReportsAfterApproval() {
        long id = aid.draftProject(port, "Khung kết quả phục hồi chức năng");
        long result = created(post(id, "/results", team.officer().token(), """
                {"level":"OUTPUT","titleVi":"Người khuyết tật được phục hồi chức năng","titleEn":"Rehabilitation"}
                """));
        long indicator = created(post(id, "/results/" + result + "/indicators", team.officer().token(), """
                {"titleVi":"Số người khuyết tật được phục hồi chức năng","measure":"UNIT","unit":"người",
                 "baselineYear":2024,"baselineValue":40}
                """));
        LocalDate today = Today.inProvince();
        long ended = created(post(id, "/indicators/" + indicator + "/periods", team.officer().token(),
                target(today.minusDays(400), today.minusDays(36), "100")));
        long running = created(post(id, "/indicators/" + indicator + "/periods", team.officer().token(),
                target(today.minusDays(35), today.plusDays(330), "160")));

        HttpResponse<String> early = WebClient.api(port, "PUT", base(id) + "/periods/" + ended + "/actual",
                team.officer().token(), "{\"version\":0,\"actualValue\":70}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(AidFixtures.read(early.body()).path("type").asString())
                .isEqualTo("/problems/results-before-approval");
        assertThat(AidFixtures.read(early.body()).path("detail").asString())
                .contains("chỉ được báo cáo sau quyết định phê duyệt");

        aid.moveTo(port, id, AidStatus.IMPLEMENTING);
        JsonNode before = framework(id, team.officer().token());
        assertThat(before.path("reporting").asBoolean()).isTrue();
        JsonNode periods = before.path("results").get(0).path("indicators").get(0).path("periods");
        assertThat(periods.get(0).path("overdue").asBoolean()).as("ended, unreported, item approved").isTrue();
        assertThat(periods.get(1).path("overdue").asBoolean()).isFalse();

        assertThat(waitingForOfficer()).as("an overdue results report waits for the aid owner").contains(id);

        HttpResponse<String> reported = WebClient.api(port, "PUT", base(id) + "/periods/" + ended + "/actual",
                team.officer().token(), "{\"version\":0,\"actualValue\":70,\"actualComment\":\"Sổ theo dõi của trạm y tế\"}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
        assertThat(AidFixtures.read(reported.body()).path("reportedBy").asString())
                .isEqualTo(team.officer().username());

        assertThat(waitingForOfficer()).doesNotContain(id);
        JsonNode entry = framework(id, team.officer().token()).path("results").get(0).path("indicators").get(0);
        assertThat(entry.path("periods").get(0).path("achievement").path("percent").decimalValue())
                .as("(70 - 40) / (100 - 40)").isEqualByComparingTo("50.0");
        assertThat(entry.path("periods").get(0).path("overdue").asBoolean()).isFalse();
        assertThat(entry.path("finalTarget").decimalValue()).isEqualByComparingTo("160");
        assertThat(entry.path("progress").path("percent").decimalValue()).as("(70 - 40) / (160 - 40)")
                .isEqualByComparingTo("25.0");

        HttpResponse<String> lateChange = post(id, "/results/" + result + "/indicators", team.officer().token(),
                "{\"titleVi\":\"Chỉ số thêm sau phê duyệt\",\"measure\":\"PERCENTAGE\"}");
        assertThat(lateChange.statusCode()).isEqualTo(409);
        assertThat(AidFixtures.read(lateChange.body()).path("type").asString()).isEqualTo("/problems/results-locked");
        assertThat(created(post(id, "/results/" + result + "/indicators", team.focal().token(),
                "{\"titleVi\":\"Tỷ lệ người được phục hồi có việc làm\",\"measure\":\"PERCENTAGE\"}")))
                .isPositive();
    }

    @Test
    void aFallingIndicatorCountsFromItsBaselineDownwards() {
        long id = aid.draftProject(port, "Khung kết quả sốt rét");
        long result = created(post(id, "/results", team.officer().token(),
                "{\"level\":\"OUTCOME\",\"titleVi\":\"Giảm sốt rét\"}"));
        long indicator = created(post(id, "/results/" + result + "/indicators", team.officer().token(), """
                {"titleVi":"Tỷ lệ mắc sốt rét trên 1.000 dân","measure":"UNIT","unit":"ca/1.000 dân",
                 "ascending":false,"baselineYear":2024,"baselineValue":2.4}
                """));
        LocalDate today = Today.inProvince();
        long period = created(post(id, "/indicators/" + indicator + "/periods", team.officer().token(),
                target(today.minusDays(300), today.minusDays(1), "1.0")));
        aid.moveTo(port, id, AidStatus.APPROVED);
        JsonNode justEnded = framework(id, team.officer().token()).path("results").get(0).path("indicators").get(0)
                .path("periods").get(0);
        assertThat(justEnded.path("overdue").asBoolean()).as("ended yesterday: the report is due in 10 days")
                .isFalse();
        assertThat(LocalDate.parse(justEnded.path("period").path("reportDue").asString()))
                .isAfterOrEqualTo(today.plusDays(9));
        assertThat(WebClient.api(port, "PUT", base(id) + "/periods/" + period + "/actual", team.officer().token(),
                "{\"version\":0,\"actualValue\":1.6}").statusCode()).isEqualTo(200);
        JsonNode entry = framework(id, team.leader().token()).path("results").get(0).path("indicators").get(0);
        assertThat(entry.path("periods").get(0).path("achievement").path("percent").decimalValue())
                .as("(2.4 - 1.6) / (2.4 - 1.0)").isEqualByComparingTo("57.1");
    }

    @Test
    void wrongValuesAreRefusedAtTheirField() {
        long id = aid.draftProject(port, "Khung kết quả kiểm tra dữ liệu");
        long result = created(post(id, "/results", team.officer().token(),
                "{\"level\":\"OUTPUT\",\"titleVi\":\"Đầu ra\"}"));
        assertField(post(id, "/results", team.officer().token(), "{\"level\":\"OUTPUT\",\"titleVi\":\"  \"}"),
                "titleVi",
                "Nhập tên bằng tiếng Việt");
        assertField(post(id, "/results", team.officer().token(), "{\"titleVi\":\"Không có cấp\"}"), "level",
                "Chọn cấp");
        assertField(post(id, "/results/" + result + "/indicators", team.officer().token(),
                "{\"titleVi\":\"Số người\",\"measure\":\"UNIT\"}"), "unit", "đơn vị tính");
        assertField(post(id, "/results/" + result + "/indicators", team.officer().token(),
                "{\"titleVi\":\"Tỷ lệ\",\"measure\":\"PERCENTAGE\",\"baselineYear\":2024,\"baselineValue\":120}"),
                "baselineValue", "từ 0 đến 100");
        assertField(post(id, "/results/" + result + "/indicators", team.officer().token(),
                "{\"titleVi\":\"Tỷ lệ\",\"measure\":\"PERCENTAGE\",\"baselineValue\":12}"),
                "baselineYear", "năm của giá trị cơ sở");
        assertField(post(id, "/results/" + result + "/indicators", team.officer().token(),
                "{\"titleVi\":\"Chính sách\",\"measure\":\"QUALITATIVE\",\"baselineYear\":2024,\"baselineValue\":1}"),
                "baselineValue", "định tính");

        long percent = created(post(id, "/results/" + result + "/indicators", team.officer().token(),
                "{\"titleVi\":\"Tỷ lệ trẻ được tiêm chủng\",\"measure\":\"PERCENTAGE\"}"));
        String periods = "/indicators/" + percent + "/periods";
        assertField(post(id, periods, team.officer().token(), target(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12,
                31),
                "101")), "targetValue", "từ 0 đến 100");
        assertField(post(id, periods, team.officer().token(), target(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1,
                1),
                "90")), "end", "Ngày kết thúc");
        created(post(id, periods, team.officer().token(), target(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                "90")));
        assertField(post(id, periods, team.officer().token(), target(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6,
                30),
                "92")), "start", "trùng với kỳ 01/01/2026 – 31/12/2026");
        assertField(WebClient.api(port, "PUT", base(id) + "/indicators/" + percent, team.officer().token(),
                "{\"version\":0,\"titleVi\":\"Tỷ lệ\",\"measure\":\"UNIT\",\"unit\":\"trẻ\"}"), "measure",
                "Không đổi được cách đo");

        long qualitative = created(post(id, "/results/" + result + "/indicators", team.officer().token(),
                "{\"titleVi\":\"Quy chế phối hợp được ban hành\",\"measure\":\"QUALITATIVE\"}"));
        assertField(post(id, "/indicators/" + qualitative + "/periods", team.officer().token(),
                target(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null)), "targetComment", "Mô tả mục tiêu");
    }

    @Test
    void aStaleVersionNeverOverwritesAndRemovingAResultTakesItsIndicatorsAndPeriods() {
        long id = aid.draftProject(port, "Khung kết quả sửa đồng thời");
        long result = created(post(id, "/results", team.officer().token(),
                "{\"level\":\"OUTPUT\",\"titleVi\":\"Bản đầu\"}"));
        assertThat(WebClient.api(port, "PUT", base(id) + "/results/" + result, team.officer().token(),
                "{\"version\":0,\"level\":\"OUTPUT\",\"titleVi\":\"Bản của người thứ nhất\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = WebClient.api(port, "PUT", base(id) + "/results/" + result, team.focal().token(),
                "{\"version\":0,\"level\":\"OUTCOME\",\"titleVi\":\"Bản của người thứ hai\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(AidFixtures.read(stale.body()).path("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(framework(id, team.officer().token()).path("results").get(0).path("result").path("titleVi")
                .asString())
                .isEqualTo("Bản của người thứ nhất");

        long indicator = created(post(id, "/results/" + result + "/indicators", team.officer().token(),
                "{\"titleVi\":\"Số lớp tập huấn\",\"measure\":\"UNIT\",\"unit\":\"lớp\"}"));
        created(post(id, "/indicators/" + indicator + "/periods", team.officer().token(),
                target(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "12")));
        assertThat(WebClient.api(port, "DELETE", base(id) + "/results/" + result + "?version=0", team.officer().token(), null)
                .statusCode()).isEqualTo(409);
        assertThat(WebClient.api(port, "DELETE", base(id) + "/results/" + result + "?version=1", team.officer().token(), null)
                .statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from aid.indicator_period where aid_item = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from aid.result_indicator where aid_item = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit.event where schema_name = 'aid' and table_name = 'indicator_period'
                   and operation = 'DELETE' and before ->> 'aid_item' = :id
                """).param("id", Long.toString(id)).query(Long.class).single())
                .as("the cascade is audited row by row").isEqualTo(1);
    }

    @Test
    void onlyInvolvedAgenciesReadAndOnlyTheOwnerSideWrites() {
        long id = aid.draftProject(port, "Khung kết quả phân quyền");
        created(post(id, "/results", team.officer().token(), "{\"level\":\"IMPACT\",\"titleVi\":\"Tác động\"}"));
        assertThat(WebClient.api(port, "GET", base(id) + "/results", team.communeOfficer().token(), null).statusCode())
                .as("an agency not involved").isEqualTo(403);
        assertThat(framework(id, team.police().token()).path("results").size()).isEqualTo(1);
        for (String token : new String[] {team.police().token(), team.appraiser().token(), team.leader().token(),
                team.communeOfficer().token()}) {
            assertThat(post(id, "/results", token, "{\"level\":\"OUTPUT\",\"titleVi\":\"Không được thêm\"}")
                    .statusCode()).as(token).isEqualTo(403);
        }
        assertThat(WebClient.api(port, "GET", base(id) + "/results", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void reportingHasItsWindowAndEachRowBelongsToItsItem() {
        long id = aid.draftProject(port, "Khung kết quả cửa sổ báo cáo");
        long indicator = classrooms(id);
        LocalDate today = Today.inProvince();
        long past = created(post(id, "/indicators/" + indicator + "/periods", team.officer().token(),
                target(today.minusDays(300), today.minusDays(1), "10")));
        long future = created(post(id, "/indicators/" + indicator + "/periods", team.officer().token(),
                target(today.plusDays(30), today.plusDays(300), "20")));
        long other = aid.draftProject(port, "Khoản viện trợ khác");
        assertThat(WebClient.api(port, "GET", base(other) + "/periods/" + past, team.officer().token(), null)
                .statusCode())
                .as("a period read through another item").isEqualTo(404);

        aid.moveTo(port, id, AidStatus.HANDED_OVER);
        assertField(WebClient.api(port, "PUT", base(id) + "/periods/" + future + "/actual", team.officer().token(),
                "{\"version\":0,\"actualValue\":5}"), "actualValue", "chưa bắt đầu");
        assertThat(WebClient.api(port, "PUT", base(other) + "/periods/" + past + "/actual", team.officer().token(),
                "{\"version\":0,\"actualValue\":9}").statusCode()).isEqualTo(404);
        assertThat(WebClient.api(port, "PUT", base(id) + "/periods/" + past + "/actual", team.officer().token(),
                "{\"version\":0,\"actualValue\":9}").statusCode()).as("reported until the handover").isEqualTo(200);

        aid.moveTo(port, id, AidStatus.CLOSED);
        HttpResponse<String> closed = WebClient.api(port, "PUT", base(id) + "/periods/" + past + "/actual",
                team.officer().token(), "{\"version\":1,\"actualValue\":10}");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(AidFixtures.read(closed.body()).path("type").asString())
                .isEqualTo("/problems/results-reporting-closed");
        assertThat(AidFixtures.read(closed.body()).path("detail").asString()).contains("đến khi bàn giao");
    }

    @Test
    void aReportedPeriodKeepsAStartThatHasComeAndTheDatabaseKeepsRowsWithTheirItem() {
        long id = aid.draftProject(port, "Khung kết quả kỳ đã báo cáo");
        long indicator = classrooms(id);
        LocalDate today = Today.inProvince();
        long period = created(post(id, "/indicators/" + indicator + "/periods", team.officer().token(),
                target(today.minusDays(100), today.plusDays(100), "10")));
        aid.moveTo(port, id, AidStatus.IMPLEMENTING);
        assertThat(WebClient.api(port, "PUT", base(id) + "/periods/" + period + "/actual", team.officer().token(),
                "{\"version\":0,\"actualValue\":4}").statusCode()).isEqualTo(200);
        assertField(WebClient.api(port, "PUT", base(id) + "/periods/" + period, team.focal().token(),
                "{\"version\":1,\"start\":\"%s\",\"end\":\"%s\",\"targetValue\":12}"
                        .formatted(today.plusDays(5), today.plusDays(200))), "start", "đã có số liệu thực tế");
        assertThat(WebClient.api(port, "PUT", base(id) + "/periods/" + period, team.focal().token(),
                "{\"version\":1,\"start\":\"%s\",\"end\":\"%s\",\"targetValue\":12}"
                        .formatted(today.minusDays(100), today.plusDays(200))).statusCode()).isEqualTo(200);

        long other = aid.draftProject(port, "Khoản viện trợ của kỳ lạc");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                insert into aid.indicator_period (indicator, aid_item, period_start, period_end, report_due)
                values (:indicator, :other, current_date, current_date, current_date)
                """).param("indicator", indicator).param("other", other).update())
                .as("a period cannot claim another item than its indicator's")
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void theApiDocumentsTheFramework() {
        String docs = team.focal().browser(port).get("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/aid-items/{itemId}/results")
                .contains("/api/v1/aid-items/{itemId}/periods/{periodId}/actual")
                .contains("/api/v1/aid-items/{itemId}/indicators/{indicatorId}/periods");
    }

    private java.util.List<Long> waitingForOfficer() {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        AidFixtures.read(WebClient.api(port, "GET", "/api/v1/aid-items?mine=true&size=100", team.officer().token(), null)
                .body()).path("rows").forEach(row -> ids.add(row.path("id").asLong()));
        return ids;
    }

    /** An output counted in classrooms, drafted by the officer; the indicator's id. */
    private long classrooms(long id) {
        long result = created(post(id, "/results", team.officer().token(),
                "{\"level\":\"OUTPUT\",\"titleVi\":\"Đầu ra\"}"));
        return created(post(id, "/results/" + result + "/indicators", team.officer().token(),
                "{\"titleVi\":\"Số lớp học\",\"measure\":\"UNIT\",\"unit\":\"lớp\"}"));
    }

    private static String target(LocalDate start, LocalDate end, String value) {
        return "{\"start\":\"%s\",\"end\":\"%s\",\"targetValue\":%s}".formatted(start, end, value);
    }

    private void assertField(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = AidFixtures.read(response.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
        assertThat(problem.path("errors").get(0).path("message").asString()).contains(message);
    }

    private HttpResponse<String> post(long id, String path, String token, String json) {
        return WebClient.api(port, "POST", base(id) + path, token, json);
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return AidFixtures.read(response.body()).path("id").asLong();
    }

    private JsonNode framework(long id, String token) {
        HttpResponse<String> response = WebClient.api(port, "GET", base(id) + "/results", token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AidFixtures.read(response.body());
    }

    private static String base(long id) {
        return "/api/v1/aid-items/" + id;
    }
}
