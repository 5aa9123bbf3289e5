package vn.vientro.reporting.closing;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.money.MoneyFixtures;
import vn.vientro.identity.Staff;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.official.OfficialReport;
import vn.vientro.reporting.official.OfficialReports;
import vn.vientro.reporting.official.ReportDocument;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vientro.aid.money.MoneyFixtures.today;

/**
 * Period close as a data freeze: money dated in a closed period is refused at its field without a reason, accepted
 * with one and listed as a post-close correction in the next report; a report issued before still reproduces exactly,
 * and its check shows the difference and the correction that explains it. The period closed here holds today, so it
 * is removed again at the end (other tests record money today).
 */
@VientroIntegrationTest
class PeriodCloseIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    OfficialReports reports;
    @Autowired
    PeriodClosing closing;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeInAClosedPeriodNeedsAReasonIsListedAndTheIssuedReportStillReproduces() throws Exception {
        AidTeam team = new AidTeam();
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long id = items.itemIn(AidStatus.APPROVED);
        HttpResponse<String> posted = items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000000", "VND",
                "");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        long t = MoneyFixtures.JSON.readTree(posted.body()).path("id").asLong();
        String code = jdbc.sql("select code from aid.aid_item where id = :id").param("id", id).query(String.class)
                .single();
        ReportingPeriod month = ReportingPeriod.months(YearMonth.from(today()), YearMonth.from(today()));
        String number = "KS-" + System.nanoTime() + "/BC-UBND";
        long issued = team.focal().acting(() -> reports.issue(OfficialReport.APPROVALS, month, number));
        try {
            team.focal().acting(() -> closing.close(month));
            assertThatThrownBy(() -> team.focal().acting(() -> closing.close(month)))
                    .isInstanceOf(InvalidInputException.class);

            WebClient officer = team.officer().browser(port);
            String path = "/app/aid/items/" + id + "/money/" + t;
            officer.get(path);
            Map<String, String> form = new HashMap<>(Map.of("kind", "DISBURSEMENT", "funding", "AID", "valueDate",
                    today().toString(), "amount", "1200000", "currency", "VND", "version", "0"));
            assertThat(officer.post(path, form).body()).contains("id=\"closeReason-error\"").contains("đã khóa sổ");
            assertThat(amount(t)).as("refused without a reason").isEqualByComparingTo("1000000");
            HttpResponse<String> api = WebClient.api(port, "PUT", "/api/v1/aid-items/" + id + "/transactions/" + t,
                    team.officer().token(), """
                    {"version": 0, "kind": "DISBURSEMENT", "valueDate": "%s", "amount": 1100000, "currency": "VND"}
                    """.formatted(today()));
            assertThat(api.statusCode()).isEqualTo(400);
            assertThat(api.body()).contains("closeReason");
            form.put("closeReason", "Sai số theo giấy báo có của ngân hàng");
            assertThat(WebClient.location(officer.post(path, form))).endsWith("?tab=money");
            assertThat(amount(t)).isEqualByComparingTo("1200000");

            ReportDocument next = team.focal().acting(() -> reports.draft(OfficialReport.AID_RECEIPT,
                    ReportingPeriod.year(today().getYear())));
            assertThat(table(next, "corrections").rows()).anySatisfy(row -> {
                assertThat(row).contains(code, month.code(), "Sai số theo giấy báo có của ngân hàng");
                assertThat(new BigDecimal(row.get(6))).isEqualByComparingTo("200000");
            });

            OfficialReports.IssuedCheck check = team.focal().acting(() -> reports.check(issued));
            assertThat(check.matches()).isFalse();
            assertThat(check.differingTables()).contains("Các khoản viện trợ được phê duyệt trong kỳ");
            assertThat(check.corrections().rows()).anySatisfy(row -> assertThat(row).contains(code));
            List<String> sent = table(check.document(), "approved").rows().stream()
                    .filter(row -> row.get(1).equals(code)).findFirst().orElseThrow();
            assertThat(new BigDecimal(sent.get(10))).as("the snapshot keeps what was sent")
                    .isEqualByComparingTo("1000000");
            assertThat(check.document().number()).isEqualTo(number);

            WebClient focal = team.focal().browser(port);
            String page = focal.get("/app/reporting/reports/issued/" + issued).body();
            assertThat(page).contains(number).contains("id=\"snapshot-corrections\"")
                    .contains("Sai số theo giấy báo có của ngân hàng");
            byte[] pdf = bytes(focal, "/app/reporting/reports/issued/" + issued + "/pdf");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Số: " + number).contains("1.000.000");
            }
            assertThat(focal.get("/app/reporting/periods").body()).contains(code)
                    .contains("Sai số theo giấy báo có của ngân hàng");

            officer.get(path);
            assertThat(officer.post(path + "/delete", Map.of("version", "1")).body())
                    .contains("closeReason-error");
            assertThat(WebClient.location(officer.post(path + "/delete", Map.of("version", "1", "closeReason",
                    "Giao dịch ghi trùng")))).endsWith("?tab=money");
        } finally {
            jdbc.sql("delete from aid.closed_period where code = :code").param("code", month.code()).update();
        }
    }

    @Test
    void onlyTheFocalPointClosesAndNeverAPeriodNotBegun() {
        WebClient leader = Staff.leader().browser(port);
        leader.get("/app/reporting/periods");
        assertThat(leader.post("/app/reporting/periods", Map.of("period", "2020")).statusCode()).isEqualTo(403);
        assertThat(Staff.officer().browser(port).get("/app/reporting/periods").statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> Staff.focalPoint().acting(() -> closing.close(
                ReportingPeriod.year(today().getYear() + 1)))).isInstanceOf(InvalidInputException.class);
        assertThat(Staff.focalPoint().browser(port).get("/app/reporting/periods").body())
                .contains("Khóa sổ kỳ báo cáo").contains("name=\"period\"");
    }

    private byte[] bytes(WebClient client, String path) throws Exception {
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + client.cookie("SESSION").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private BigDecimal amount(long t) {
        return jdbc.sql("select amount from aid.money_transaction where id = :t").param("t", t)
                .query(BigDecimal.class).single();
    }

    private static ReportDocument.ReportTable table(ReportDocument document, String key) {
        return document.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }
}
