package vn.vientro.reporting.closing;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.ClosedPeriods;
import vn.vientro.aid.PostCloseResultCorrection;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.official.OfficialReport;
import vn.vientro.reporting.official.OfficialReports;
import vn.vientro.reporting.official.ReportDocument;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results, like money, are frozen by a period close: the actual value of an indicator period ending inside a closed
 * period changes only with a reason and is logged as a post-close correction; the period itself can no longer be moved
 * or removed. The months closed here lie years back, where no other test dates anything, and are reopened at the end.
 */
@VientroIntegrationTest
class ResultsAfterCloseIntegrationTests {

    private static final YearMonth CLOSED = YearMonth.of(2016, 2);

    @LocalServerPort
    int port;
    @Autowired
    PeriodClosing closing;
    @Autowired
    ClosedPeriods closedPeriods;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficialReports reports;

    final AidTeam team = new AidTeam();
    final AidFixtures aid = new AidFixtures(team);

    @Test
    void anActualValueInAClosedPeriodNeedsAReasonAndIsLogged() {
        long id = aid.draftProject(port, "Khung kết quả của kỳ đã khóa sổ");
        long indicator = classrooms(id);
        long period = created(WebClient.api(port, "POST", base(id) + "/indicators/" + indicator + "/periods",
                team.officer().token(), "{\"start\":\"%s\",\"end\":\"%s\",\"targetValue\":10}"
                        .formatted(CLOSED.atDay(1), CLOSED.atEndOfMonth())));
        aid.moveTo(port, id, AidStatus.IMPLEMENTING);
        assertThat(actual(id, period, "{\"version\":0,\"actualValue\":4}").statusCode()).isEqualTo(200);
        ReportingPeriod months = ReportingPeriod.months(CLOSED, CLOSED);
        Instant before = Instant.now();
        team.focal().acting(() -> closing.close(months));
        try {
            HttpResponse<String> refused = actual(id, period, "{\"version\":1,\"actualValue\":5}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(firstError(refused).path("field").asString()).isEqualTo("closeReason");
            assertThat(firstError(refused).path("message").asString()).contains("đã khóa sổ");

            WebClient officer = team.officer().browser(port);
            String page = officer.get("/app/aid/items/" + id + "/periods/" + period).body();
            assertThat(page).contains("name=\"closeReason\"");
            assertThat(officer.post("/app/aid/items/" + id + "/periods/" + period + "/actual",
                    Map.of("version", "1", "actualValue", "5")).body()).contains("id=\"closeReason-error\"");
            assertThat(actualValue(period)).as("nothing changed without a reason").isEqualByComparingTo("4");

            HttpResponse<String> corrected = actual(id, period,
                    "{\"version\":1,\"actualValue\":5,\"closeReason\":\"Đếm lại theo biên bản nghiệm thu\"}");
            assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
            assertThat(actualValue(period)).isEqualByComparingTo("5");
            assertThat(closedPeriods.resultsRecordedBetween(before, Instant.now().plusSeconds(1)))
                    .filteredOn(c -> c.periodId() == period).singleElement().satisfies(c -> {
                        assertThat(c.operation()).isEqualTo("CORRECTED");
                        assertThat(c.periodCode()).isEqualTo(months.code());
                        assertThat(c.indicator()).isEqualTo("Số lớp học");
                        assertThat(c.beforeValue()).isEqualByComparingTo("4");
                        assertThat(c.afterValue()).isEqualByComparingTo("5");
                        assertThat(c.reason()).isEqualTo("Đếm lại theo biên bản nghiệm thu");
                        assertThat(c.recordedBy()).isEqualTo(team.officer().username());
                    });
            assertThat(closedPeriods.resultsEndingWithin(CLOSED.atDay(1), CLOSED.atEndOfMonth(), before))
                    .extracting(PostCloseResultCorrection::periodId).contains(period);
            String code = jdbc.sql("select code from aid.aid_item where id = :id").param("id", id)
                    .query(String.class).single();
            ReportDocument next = team.focal().acting(() -> reports.draft(OfficialReport.AID_RECEIPT,
                    ReportingPeriod.year(LocalDate.now().getYear())));
            assertThat(next.tables()).filteredOn(t -> t.key().equals("resultCorrections")).singleElement()
                    .satisfies(table -> assertThat(table.rows()).anySatisfy(row -> assertThat(row).containsSubsequence(
                            months.code(), code, "Số lớp học", CLOSED.atDay(1) + " – " + CLOSED.atEndOfMonth(), "Sửa",
                            "4", "5", "Đếm lại theo biên bản nghiệm thu")));

            HttpResponse<String> moved = WebClient.api(port, "PUT", base(id) + "/periods/" + period,
                    team.focal().token(), "{\"version\":2,\"start\":\"%s\",\"end\":\"%s\",\"targetValue\":10}"
                            .formatted(CLOSED.atDay(1), CLOSED.plusMonths(1).atEndOfMonth()));
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(400);
            assertThat(firstError(moved).path("field").asString()).isEqualTo("end");
            assertThat(WebClient.api(port, "DELETE", base(id) + "/periods/" + period + "?version=2",
                    team.focal().token(), null).statusCode()).isEqualTo(400);
        } finally {
            jdbc.sql("delete from aid.closed_period where code = :code").param("code", months.code()).update();
        }
    }

    private HttpResponse<String> actual(long id, long period, String json) {
        return WebClient.api(port, "PUT", base(id) + "/periods/" + period + "/actual", team.officer().token(), json);
    }

    private java.math.BigDecimal actualValue(long period) {
        return jdbc.sql("select actual_value from aid.indicator_period where id = :id").param("id", period)
                .query(java.math.BigDecimal.class).single();
    }

    private long classrooms(long id) {
        long result = created(WebClient.api(port, "POST", base(id) + "/results", team.officer().token(),
                "{\"level\":\"OUTPUT\",\"titleVi\":\"Đầu ra\"}"));
        return created(WebClient.api(port, "POST", base(id) + "/results/" + result + "/indicators",
                team.officer().token(), "{\"titleVi\":\"Số lớp học\",\"measure\":\"UNIT\",\"unit\":\"lớp\"}"));
    }

    private static JsonNode firstError(HttpResponse<String> response) {
        return AidFixtures.read(response.body()).path("errors").get(0);
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return AidFixtures.read(response.body()).path("id").asLong();
    }

    private static String base(long id) {
        return "/api/v1/aid-items/" + id;
    }
}
