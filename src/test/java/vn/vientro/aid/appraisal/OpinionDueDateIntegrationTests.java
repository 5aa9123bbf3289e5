package vn.vientro.aid.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidTeam;
import vn.vientro.reference.calendar.CalendarOverride;
import vn.vientro.reference.calendar.CalendarOverrides;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/** An opinion is due 10 working days after the letter: Tết and weekends do not count, a swapped Saturday does. */
@VientroIntegrationTest
class OpinionDueDateIntegrationTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();

    @Autowired
    CalendarOverrides overrides;

    @Autowired
    JdbcClient jdbc;

    AppraisalItems items;

    @BeforeEach
    void setUp() {
        items = new AppraisalItems(port, team);
    }

    @Test
    void anOpinionAskedTheWeekBeforeTetIsDueAfterTheHolidays() {
        // The demo calendar computes Tết Bính Ngọ as Monday 16 to Friday 20 February 2026 (with the weekends on either
        // side, the 14–22 February the Prime Minister announced): none of them is a working day.
        for (String day : List.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20")) {
            assertThat(WebClient.api(port, "GET", "/api/v1/working-days/check?date=" + day, null, null).body())
                    .as(day).contains("\"workingDay\":false");
        }
        AppraisalItems.Item item = items.underAppraisal();

        long id = items.ask(item.id(), "2026-02-10", new String[] {"STC", "FINANCE"}).get(0);

        // Tuesday 10 February + 10 working days: 11, 12, 13 February, then 23–27 February, 2 and 3 March.
        assertThat(dueOn(id)).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void aSaturdayTheAdministratorsRecordAsWorkedShortensTheWait() {
        AppraisalItems.Item item = items.underAppraisal();
        long before = items.ask(item.id(), "2025-03-14", new String[] {"STC", "FINANCE"}).get(0);
        assertThat(dueOn(before)).isEqualTo(LocalDate.of(2025, 3, 28));
        WebClient admin = team.admin().browser(port);
        admin.get("/app/reference/calendar?year=2025");
        assertThat(admin.post("/app/reference/calendar/overrides", Map.of("day", "2025-03-15", "kind", "WORKING_DAY",
                "nameVi", "Làm bù", "nameEn", "Make-up day", "legalBasis", "Thông báo thử nghiệm", "year", "2025"))
                .statusCode()).isEqualTo(302);
        try {
            long after = items.ask(item.id(), "2025-03-14", new String[] {"CA-TINH", "SECURITY"}).get(0);

            // Friday 14 March + 10 working days, Saturday 15 March worked: 15, 17–21, 24–27 March.
            assertThat(dueOn(after)).isEqualTo(LocalDate.of(2025, 3, 27));
        } finally {
            CalendarOverride swapped = overrides.ofYear(2025).stream()
                    .filter(o -> o.day().equals(LocalDate.of(2025, 3, 15))).findFirst().orElseThrow();
            admin.get("/app/reference/calendar?year=2025");
            admin.post("/app/reference/calendar/overrides/" + swapped.id() + "/delete",
                    Map.of("version", String.valueOf(swapped.version()), "year", "2025"));
        }
        assertThat(overrides.ofYear(2025)).noneMatch(o -> o.day().equals(LocalDate.of(2025, 3, 15)));
    }

    private LocalDate dueOn(long opinionId) {
        return jdbc.sql("select due_on from aid.opinion_request where id = :id").param("id", opinionId)
                .query(LocalDate.class).single();
    }
}
