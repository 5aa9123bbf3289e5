package vn.vientro.monitoring.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * Calendar feeds read back as a calendar program reads them: a personal feed holds what its owner sees in the
 * application (their agency's reports and opinions to give, papers expiring for those who read papers) and nothing
 * else; it works without a session, and its address answers 404 once revoked or replaced; the province's public
 * deadlines need no address secret at all.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedIntegrationTests {

    private static final Pattern FEED = Pattern.compile("/calendar/feeds/cal_[A-Za-z0-9_-]+\\.ics");

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    long item;
    String itemCode;
    long inspectionId;
    Staff inspector;
    long opinionId;
    String permitNumber;

    @BeforeAll
    void anApprovedItemAnOpinionAskedOfItsOwnerAndAPaperExpiringSoon() {
        item = fixtures.projectIn(port, "Dự án có lịch báo cáo", AidStatus.APPROVED);
        itemCode = fixtures.item(port, item).path("item").path("code").asString();
        long appraised = fixtures.projectIn(port, "Dự án đang xin ý kiến", AidStatus.UNDER_APPRAISAL);
        HttpResponse<String> asked = WebClient.api(port, "POST", "/api/v1/aid-items/" + appraised + "/opinions",
                team.appraiser().token(), "{\"requests\":[{\"agencyId\":" + team.owner().id()
                        + ",\"topic\":\"SECTOR\"}]}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        opinionId = AidFixtures.read(asked.body()).get(0).path("id").asLong();
        permitNumber = Ngos.anNgo().withPermitUntil(Today.inProvince().plusDays(60)).register().permitNumber();
        inspector = Staff.appraiser();
        LocalDate starts = Today.inProvince().plusDays(20);
        HttpResponse<String> planned = WebClient.api(port, "POST", "/api/v1/inspections", team.focal().token(), """
                {"planYear": %d, "type": "JOINT_POLICE", "title": "Kiểm tra liên ngành quý IV", "subjectKind": "AID_ITEM",
                 "aidItemId": %d, "startsOn": "%s", "endsOn": "%s", "teamUserIds": [%d]}"""
                .formatted(starts.getYear(), item, starts, starts.plusDays(2), inspector.id()));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        inspectionId = AidFixtures.read(planned.body()).path("id").asLong();
        Events.settle();
    }

    @Test
    void anInspectionIsInTheFeedsOfItsTeamAndOfWhoReadsThePlanForAllItsDaysButNotInOthers() {
        LocalDate starts = Today.inProvince().plusDays(20);
        for (Staff reader : List.of(inspector, team.focal())) {
            assertThat(Ics.events(anonymous(feedAddressOf(reader)))).as(reader.username()).anySatisfy(event -> {
                assertThat(event.get("UID")).isEqualTo("inspection-" + inspectionId + "@vientro");
                assertThat(event.get("SUMMARY")).startsWith("Kiểm tra: Kiểm tra liên ngành quý IV");
                assertThat(event.get("DTSTART;VALUE=DATE")).isEqualTo(starts.format(DateTimeFormatter.BASIC_ISO_DATE));
                assertThat(event.get("DTEND;VALUE=DATE")).isEqualTo(starts.plusDays(3)
                        .format(DateTimeFormatter.BASIC_ISO_DATE));
                assertThat(event.get("DESCRIPTION")).contains("Phối hợp với Công an tỉnh");
            });
        }
        assertThat(anonymous(feedAddressOf(Staff.officerOf(team.otherDepartment().id()))))
                .doesNotContain("inspection-" + inspectionId);
    }

    @Test
    void theOwnersFeedHoldsItsReportsAndOpinionsToGiveWithoutASession() {
        String feed = anonymous(feedAddressOf(team.officer()));
        List<Map<String, String>> events = Ics.events(feed);

        assertThat(events).anySatisfy(event -> {
            assertThat(event.get("SUMMARY")).contains(itemCode, "Dự án có lịch báo cáo");
            assertThat(event.get("UID")).startsWith("duty-");
            assertThat(event.get("DTSTART;VALUE=DATE")).matches("\\d{8}");
            assertThat(event.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
            assertThat(event.get("URL")).contains("/app/monitoring/duties/");
        });
        assertThat(events).anySatisfy(event -> {
            assertThat(event.get("UID")).isEqualTo("opinion-" + opinionId + "@vientro");
            assertThat(event.get("SUMMARY")).startsWith("Hạn cho ý kiến thẩm định: ").contains("Dự án đang xin ý kiến");
        });
        assertThat(events).as("an officer does not read registration papers")
                .noneSatisfy(event -> assertThat(event.get("UID")).startsWith("permit-"));
    }

    @Test
    void eachFeedHoldsOnlyWhatItsOwnerSeesInTheApplication() {
        Staff other = Staff.officerOf(team.otherDepartment().id());
        String theirs = anonymous(feedAddressOf(other));
        assertThat(theirs).doesNotContain(itemCode).doesNotContain("opinion-" + opinionId);

        List<Map<String, String>> focal = Ics.events(anonymous(feedAddressOf(team.focal())));
        assertThat(focal).anySatisfy(event -> {
            assertThat(event.get("UID")).startsWith("permit-");
            assertThat(event.get("SUMMARY")).contains(permitNumber);
            assertThat(event.get("DTSTART;VALUE=DATE")).isEqualTo(Today.inProvince().plusDays(60)
                    .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        });
        assertThat(focal).as("the focal point follows every item's reports")
                .anySatisfy(event -> assertThat(event.get("SUMMARY")).contains(itemCode));
    }

    @Test
    void aRevokedOrReplacedAddressAnswersNotFound() {
        Staff leader = Staff.leader();
        String first = feedAddressOf(leader);
        assertThat(new WebClient(port).get(first).statusCode()).isEqualTo(200);

        String second = feedAddressOf(leader);
        assertThat(new WebClient(port).get(first).statusCode()).as("replaced").isEqualTo(404);
        assertThat(new WebClient(port).get(second).statusCode()).isEqualTo(200);

        WebClient browser = leader.browser(port);
        browser.get("/app/monitoring/calendar");
        assertThat(browser.post("/app/monitoring/calendar/revocation", Map.of()).statusCode()).isEqualTo(302);
        assertThat(new WebClient(port).get(second).statusCode()).as("revoked").isEqualTo(404);
        assertThat(browser.get("/app/monitoring/calendar").body()).contains("Bạn chưa có địa chỉ lịch cá nhân.");
        assertThat(new WebClient(port).get("/calendar/feeds/cal_guessed.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void theProvincesDeadlinesArePublic() {
        HttpResponse<String> response = new WebClient(port).get("/calendar/province.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar")
                .containsIgnoringCase("charset=UTF-8");
        int year = Today.inProvince().getYear();
        assertThat(Ics.events(response.body())).anySatisfy(event -> {
            assertThat(event.get("UID")).isEqualTo("province-PROGRESS_HALF_YEAR-" + year + "-06-30@vientro");
            assertThat(event.get("DTSTART;VALUE=DATE")).startsWith(Integer.toString(year)).isGreaterThan(year + "0630");
            assertThat(event.get("DESCRIPTION")).isNotBlank();
        });
        assertThat(Ics.events(response.body())).anySatisfy(event -> {
            assertThat(event.get("UID")).isEqualTo("province-NGO_ANNUAL_REPORT-" + year + "@vientro");
            assertThat(event.get("DTSTART;VALUE=DATE")).isEqualTo(year + "1218");
            assertThat(event.get("DESCRIPTION")).contains("58/2022");
        });
        assertThat(response.body()).doesNotContain(itemCode).doesNotContain("inspection-");
    }

    /** Makes the person's feed address on their calendar page and reads it there, as they would copy it. */
    private String feedAddressOf(Staff person) {
        WebClient browser = person.browser(port);
        browser.get("/app/monitoring/calendar");
        HttpResponse<String> made = browser.post("/app/monitoring/calendar/address", Map.of());
        assertThat(made.statusCode()).isEqualTo(302);
        String page = browser.get("/app/monitoring/calendar").body();
        Matcher address = FEED.matcher(page);
        assertThat(address.find()).as("the address shown once").isTrue();
        assertThat(browser.get("/app/monitoring/calendar").body()).doesNotContainPattern(FEED);
        return address.group();
    }

    private String anonymous(String path) {
        HttpResponse<String> response = new WebClient(port).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return response.body();
    }
}
