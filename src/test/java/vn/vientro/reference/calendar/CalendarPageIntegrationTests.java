package vn.vientro.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.vientro.identity.Staff;
import vn.vientro.reference.WorkingDayCalendar;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

@VientroIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class CalendarPageIntegrationTests {

    private static final String PAGE = "/app/reference/calendar";

    @LocalServerPort
    int port;

    @Autowired
    CalendarOverrides overrides;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeRecordedAnnouncements() {
        overrides.ofYear(2032).forEach(override -> overrides.delete(override.id(), override.version()));
        overrides.switchRule("CULTURE_DAY", false);
    }

    @Test
    void everySignedInUserSeesTheYearWithHolidaysAndTheirSources() {
        HttpResponse<String> page = Staff.focalPoint().browser(port).get(PAGE + "?year=2026");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Lịch ngày làm việc năm 2026", "Tháng 2 năm 2026", "Tháng 12 năm 2026", "<th scope=\"col\">")
                .contains("Năm 2025", "Năm 2027")
                .contains("17/02/2026", "Tết Nguyên đán", "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b")
                .contains("27/04/2026", "Nghỉ bù Giỗ Tổ Hùng Vương", "Ngày nghỉ bù")
                .contains("Nghị quyết 30/NQ-CP", "Chưa áp dụng")
                .doesNotContain("action=\"/app/reference/calendar/overrides\"", "Áp dụng là ngày nghỉ");
    }

    @Test
    void showsTheCalendarInEnglish() {
        WebClient focal = Staff.focalPoint().browser(port);

        HttpResponse<String> page = focal.get(PAGE + "?year=2026&lang=en");

        assertThat(page.body()).contains("Working-day calendar 2026", "February 2026", "Lunar New Year",
                "Compensatory day off (Hùng Kings&#39; Commemoration Day)");
    }

    @Test
    void visitorsMustSignIn() {
        HttpResponse<String> response = new WebClient(port).get(PAGE);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login");
    }

    @Test
    void administratorRecordsAndDeletesAnOverrideThroughThePage() {
        WebClient admin = Staff.admin().browser(port);
        admin.get(PAGE + "?year=2032");

        HttpResponse<String> saved = admin.post(PAGE + "/overrides", overrideForm("2032-01-02", "DAY_OFF", "Thông báo 9/TB-BNV"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(location(saved)).endsWith(PAGE + "?year=2032");
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 1, 2))).isFalse();
        HttpResponse<String> page = admin.get(PAGE + "?year=2032");
        assertThat(page.body()).contains("Đã ghi nhận điều chỉnh lịch.", "Thông báo 9/TB-BNV", "02/01/2032");

        CalendarOverride recorded = overrides.ofYear(2032).get(0);
        HttpResponse<String> deleted = admin.post(PAGE + "/overrides/" + recorded.id() + "/delete",
                Map.of("version", String.valueOf(recorded.version()), "year", "2032"));

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 1, 2))).isTrue();
        assertThat(overrides.ofYear(2032)).isEmpty();
    }

    @Test
    void showsOverrideErrorsAtTheFieldInTheUsersLanguageAndKeepsWhatWasTyped() {
        WebClient admin = Staff.admin().browser(port);
        admin.get(PAGE + "?year=2032&lang=en");
        Map<String, String> form = overrideForm("2032-01-06", "WORKING_DAY", "");

        HttpResponse<String> response = admin.post(PAGE + "/overrides", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"legalBasis-error\"", "Enter the number of the legal document.")
                .contains("aria-invalid=\"true\"");
        Document html = Jsoup.parse(response.body());
        assertThat(html.getElementById("nameVi").val()).isEqualTo("Tên vẫn được giữ lại");
        assertThat(html.getElementById("day").val()).isEqualTo("06/01/2032");

        form.put("legalBasis", "Thông báo 9/TB-BNV");
        HttpResponse<String> weekday = admin.post(PAGE + "/overrides", form);
        assertThat(weekday.body()).contains("id=\"day-error\"", "This date is already a working day");
    }

    @Test
    void nonAdministratorWritingThroughThePageIsForbidden() {
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get(PAGE + "?year=2032");

        HttpResponse<String> response = focal.post(PAGE + "/overrides", overrideForm("2032-01-02", "DAY_OFF", "Thông báo 9"));
        HttpResponse<String> culture = focal.post(PAGE + "/switches/CULTURE_DAY", Map.of("inForce", "true", "year", "2032"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(culture.statusCode()).isEqualTo(403);
        assertThat(overrides.ofYear(2032)).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 11, 24))).isTrue();
    }

    @Test
    void administratorSwitchesTheCultureDayOnAndTheChangeIsAudited() {
        Staff administrator = Staff.admin();
        WebClient admin = administrator.browser(port);
        assertThat(admin.get(PAGE + "?year=2032").body()).contains("Áp dụng là ngày nghỉ");

        HttpResponse<String> response = admin.post(PAGE + "/switches/CULTURE_DAY", Map.of("inForce", "true", "year", "2032"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(calendar.day(LocalDate.of(2032, 11, 24)).workingDay()).isFalse();
        assertThat(admin.get(PAGE + "?year=2032").body()).contains("Đang áp dụng", "Thôi áp dụng", "24/11/2032");
        assertThat(jdbc.sql("""
                        select count(*) from audit.event
                         where schema_name = 'reference' and table_name = 'holiday_rule_switch' and actor = :admin""")
                .param("admin", administrator.username()).query(Integer.class).single()).isPositive();
    }

    private static Map<String, String> overrideForm(String day, String kind, String legalBasis) {
        Map<String, String> form = new HashMap<>();
        form.put("day", day);
        form.put("kind", kind);
        form.put("nameVi", "Tên vẫn được giữ lại");
        form.put("nameEn", "");
        form.put("legalBasis", legalBasis);
        form.put("year", "2032");
        return form;
    }
}
