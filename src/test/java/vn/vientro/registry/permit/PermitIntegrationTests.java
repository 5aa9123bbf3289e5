package vn.vientro.registry.permit;

import vn.vientro.notification.Inboxes;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.platform.Actor;
import vn.vientro.registry.Ngos;
import vn.vientro.shared.WorkingDays;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class PermitIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    RegistryReminderJob reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final Staff focal = Staff.focalPoint();

    @Test
    void recordsAPaperAndDatesTheImplementationPlanInWorkingDays() {
        long id = newNgo("Tổ chức Thử Giấy Phép");
        HttpResponse<String> recorded = WebClient.api(port, "POST", "/api/v1/organisations/" + id + "/permits",
                focal.token(),
                "{\"kind\":\"OPERATION_REGISTRATION\",\"number\":\"900/GĐK-BNG\",\"issuedOn\":\"2026-01-05\","
                        + "\"validFrom\":\"2026-01-05\",\"validUntil\":\"2029-01-04\"}");
        assertThat(recorded.statusCode()).isEqualTo(201);
        LocalDate due = workingDays.addWorkingDays(LocalDate.of(2026, 1, 5), 45);
        assertThat(recorded.body()).contains("\"planDueOn\":\"" + due + "\"");
        assertThat(due).as("45 working days across Tết 2026").isAfter(LocalDate.of(2026, 3, 10));
    }

    @Test
    void theFormShowsEachRefusalAtItsFieldKeepingWhatWasTyped() {
        String form = "/app/registry/organisations/" + newNgo("Tổ chức Thử Biểu Mẫu") + "/permits/new";
        WebClient page = focal.browser(port);
        page.get(form);
        java.util.Map<String, String> typed = new java.util.HashMap<>(java.util.Map.of("kind", "OPERATION_REGISTRATION",
                "number", "902/GĐK-BNG", "issuingBody", "Bộ Ngoại giao", "issuedOn", "2026-01-05",
                "scopeCommunes", "08710, 08713"));

        org.jsoup.nodes.Document missing = org.jsoup.Jsoup.parse(page.post(form, typed).body());
        assertThat(missing.getElementById("validFrom-error").text()).isEqualTo("Nhập ngày bắt đầu hiệu lực.");
        assertThat(missing.getElementById("validUntil-error").text()).isEqualTo("Nhập ngày hết hiệu lực.");
        assertThat(missing.getElementById("validUntil").attr("aria-invalid")).isEqualTo("true");
        assertThat(missing.getElementById("issuedOn").val()).isEqualTo("05/01/2026");
        assertThat(missing.getElementById("number").val()).isEqualTo("902/GĐK-BNG");
        assertThat(missing.getElementById("scopeCommunes").val()).isEqualTo("08710, 08713");
        assertThat(missing.select("select#kind option[selected]").val()).isEqualTo("OPERATION_REGISTRATION");

        typed.put("validFrom", "2026-01-05");
        typed.put("validUntil", "2029-06-30");
        org.jsoup.nodes.Document tooLong = org.jsoup.Jsoup.parse(page.post(form, typed).body());
        assertThat(tooLong.getElementById("validUntil-error").text()).startsWith("Thời hạn vượt quá");
        assertThat(tooLong.getElementById("validUntil").val()).isEqualTo("30/06/2029");
    }

    @Test
    void refusesAnOperationRegistrationLongerThanThreeYears() {
        long id = newNgo("Tổ chức Quá Hạn");
        HttpResponse<String> response = WebClient.api(port, "POST", "/api/v1/organisations/" + id + "/permits",
                focal.token(), "{\"kind\":\"OPERATION_REGISTRATION\",\"number\":\"901/GĐK-BNG\",\"issuedOn\":\"2026-01-05\","
                        + "\"validFrom\":\"2026-01-05\",\"validUntil\":\"2029-06-30\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"validUntil\"").contains("vượt quá 3 năm");
    }

    @Test
    void extendsSuspendsAndRevokesKeepingTheHistory() {
        long id = newNgo("Tổ chức Gia Hạn");
        String body = WebClient.api(port, "POST", "/api/v1/organisations/" + id + "/permits", focal.token(),
                "{\"kind\":\"OPERATION_REGISTRATION\",\"number\":\"902/GĐK-BNG\",\"issuedOn\":\"2025-01-06\","
                        + "\"validFrom\":\"2025-01-06\",\"validUntil\":\"2027-01-05\"}").body();
        long permit = Long.parseLong(body.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        assertThat(act(permit, "extend", 0, "\"validUntil\":\"2029-01-05\",\"decisionNumber\":\"55/QĐ-BNG\",\"decisionDate\":\"2026-11-01\"").statusCode())
                .isEqualTo(200);
        assertThat(act(permit, "extend", 1, "\"validUntil\":\"2028-01-01\",\"decisionNumber\":\"56/QĐ-BNG\",\"decisionDate\":\"2026-11-02\"").statusCode())
                .as("an extension must end later").isEqualTo(400);
        assertThat(act(permit, "suspend", 1, "\"decisionNumber\":\"60/QĐ-BNG\",\"decisionDate\":\"2026-11-10\"").body())
                .contains("\"effectiveStatus\":\"SUSPENDED\"");
        assertThat(act(permit, "revoke", 2, "\"decisionNumber\":\"61/QĐ-BNG\",\"decisionDate\":\"2026-11-20\"").body())
                .contains("\"status\":\"REVOKED\"");
        HttpResponse<String> refused = act(permit, "reinstate", 3,
                "\"decisionNumber\":\"62/QĐ-BNG\",\"decisionDate\":\"2026-11-21\"");
        assertThat(refused.statusCode()).as("a move the paper's state forbids is a conflict").isEqualTo(409);
        assertThat(refused.body()).contains("/problems/permit-move-refused").contains("\"field\":\"status\"");
        String page = Staff.leader().browser(port).get("/app/registry/permits/" + permit).body();
        assertThat(page).contains("55/QĐ-BNG").contains("60/QĐ-BNG").contains("61/QĐ-BNG").contains("05/01/2027 → 05/01/2029");
    }

    @Test
    void staleDecisionsAreRefused() {
        long id = newNgo("Tổ chức Phiên Bản");
        String body = WebClient.api(port, "POST", "/api/v1/organisations/" + id + "/permits", focal.token(),
                "{\"kind\":\"REPRESENTATIVE_OFFICE\",\"number\":\"903/GĐK-BNG\",\"issuedOn\":\"2025-01-06\","
                        + "\"validFrom\":\"2025-01-06\",\"validUntil\":\"2029-01-05\"}").body();
        long permit = Long.parseLong(body.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        assertThat(act(permit, "suspend", 7, "\"decisionNumber\":\"1/QĐ\",\"decisionDate\":\"2026-11-10\"").statusCode())
                .isEqualTo(409);
    }

    @Test
    void papersExpiringSoonAreListedAndReadOnlyByPermitReaders() {
        String soon = Ngos.anNgo().withPermitUntil(today().plusDays(25)).register().permitNumber();
        String later = Ngos.anNgo().withPermitUntil(today().plusDays(55)).withoutAnnualReport().register()
                .permitNumber();
        Ngos.anNgo().withPermitUntil(today().plusDays(200)).withoutPlan().register();
        Ngos.anNgo().withPermitUntil(today().minusDays(41)).register();
        HttpResponse<String> expiring = WebClient.api(port, "GET", "/api/v1/permits?expiring-within-days=30",
                Staff.leader().token(), null);
        assertThat(expiring.body()).contains(soon).doesNotContain(later);
        assertThat(WebClient.api(port, "GET", "/api/v1/permits?expiring-within-days=30", Staff.officer().token(), null)
                .statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "GET", "/api/v1/permits?expiring-within-days=soon", Staff.officer().token(),
                null).statusCode()).as("refused before a malformed parameter is read").isEqualTo(403);
        assertThat(WebClient.api(port, "GET", "/api/v1/permits?expiring-within-days=soon", Staff.leader().token(),
                null).statusCode()).isEqualTo(400);
        String attention = focal.browser(port).get("/app/registry/attention").body();
        assertThat(attention).contains("Hết hạn sau 25 ngày").contains("Kế hoạch quá hạn")
                .contains("Chưa nộp báo cáo năm").contains("Không có giấy đăng ký còn hiệu lực");
        assertThat(Staff.officerOf(ProvinceAgencies.newCommune().id()).browser(port).get("/app/registry/attention")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void dailyJobNotifiesFocalPointsOncePerThreshold() {
        String soon = Ngos.anNgo().withPermitUntil(today().plusDays(25)).register().permitNumber();
        String later = Ngos.anNgo().withPermitUntil(today().plusDays(55)).register().permitNumber();
        int first = Actor.runAs("system:test", reminders::remind);
        int second = Actor.runAs("system:test", reminders::remind);
        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(Inboxes.subjects(focal.username(), "registry-expiring")).filteredOn(subject ->
                subject.contains(soon) && subject.contains("hết hạn sau 25 ngày")).hasSize(1);
        assertThat(jdbc.sql("select threshold from registry.reminder_sent where reason = 'EXPIRING' and subject = "
                + "(select 'permit:' || id from registry.permit where number = :number)").param("number", later)
                .query(String.class).single()).isEqualTo("60");
    }

    private HttpResponse<String> act(long permit, String action, long version, String json) {
        return WebClient.api(port, "POST", "/api/v1/permits/" + permit + "/" + action, focal.token(),
                "{\"version\":" + version + "," + json + "}");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long newNgo(String name) {
        String body = WebClient.api(port, "POST", "/api/v1/organisations?confirm=true", focal.token(),
                "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"" + name + "\",\"countryCode\":\"FR\"}").body();
        return Long.parseLong(body.replaceAll(".*?\"id\":(\\d+).*", "$1"));
    }

}
