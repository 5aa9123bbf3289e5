package vn.vientro.notification;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.audit.Trails;
import vn.vientro.identity.Staff;
import vn.vientro.identity.Users;
import vn.vientro.platform.Actor;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class NotificationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Test
    void aNoticeToARoleReachesEachHoldersInboxAndShowsInTheHeader() {
        WebClient police = Staff.police().browser(port);
        police.get("/app");
        police.post("/app/notifications/read-all", java.util.Map.of());
        int holders = users.withAnyRole(Set.of(Role.SECURITY)).size(); // other tests make police officers too
        int reached = Actor.runAs("system:test", () -> notifications.send(Notice.toRoles(Set.of(Role.SECURITY),
                "test", Text.of("aid.notice.submitted", "VT-2026-0001", "Dự án an ninh"), "/app")
                .quoting("Hạn trả lời 10 ngày làm việc.")));
        assertThat(reached).isEqualTo(holders);
        String home = police.get("/app").body();
        assertThat(home).contains("Thông báo: 1 chưa đọc");
        assertThat(police.get("/app/notifications").body())
                .contains("Hồ sơ khoản viện trợ mới nộp: VT-2026-0001 · Dự án an ninh", "Hạn trả lời 10 ngày làm việc.");

        police.post("/app/notifications/read-all", java.util.Map.of());
        assertThat(police.get("/app").body()).contains("Thông báo: 0 chưa đọc");
    }

    /** Notices about one record come as one entry with a button worded as what to do there; read as a group. */
    @Test
    void noticesAboutOneRecordAreGroupedWithAnActionAndMarkedReadTogether() {
        Staff appraiser = Staff.appraiser();
        Staff other = Staff.appraiser();
        for (String code : new String[] {"VT-2026-0101", "VT-2026-0102", "VT-2026-0103"}) {
            Actor.runAs("system:test", () -> notifications.send(Notice.toUsers(Set.of(appraiser.username()),
                    "aid-opinion", Text.of("aid.notice.submitted", code, "Dự án gom nhóm"), "/app/aid/items/9101")));
        }
        Actor.runAs("system:test", () -> notifications.send(Notice.toUsers(Set.of(appraiser.username(),
                other.username()), "test", Text.of("aid.notice.approved", "VT-2026-0104", "Dự án riêng"), "/app")));
        WebClient browser = appraiser.browser(port);

        org.jsoup.nodes.Document inbox = org.jsoup.Jsoup.parse(browser.get("/app/notifications").body());
        org.jsoup.nodes.Element grouped = inbox.select("li.list-group-item").stream()
                .filter(li -> li.text().contains("VT-2026-0103")).findFirst().orElseThrow();
        assertThat(grouped.text()).contains("3 thông báo").contains("2 thông báo trước đó").contains("VT-2026-0101");
        assertThat(grouped.select("a.btn").text()).isEqualTo("Cho ý kiến");
        assertThat(grouped.select("a.btn").attr("href")).isEqualTo("/app/aid/items/9101");
        assertThat(grouped.select("button").text()).isEqualTo("Đánh dấu đã đọc");

        java.util.List<String> ids = grouped.select("input[name=ids]").eachAttr("value");
        long othersNotice = jdbc.sql("select id from notification.inbox_item where recipient = :other")
                .param("other", other.username()).query(Long.class).single();
        java.util.List<String> posted = new java.util.ArrayList<>(ids);
        posted.add(Long.toString(othersNotice));
        browser.post("/app/notifications/read", java.util.Map.of("ids", String.join(",", posted)));

        assertThat(jdbc.sql("select count(*) from notification.inbox_item where recipient = :me and read_at is null")
                .param("me", appraiser.username()).query(Long.class).single()).as("the other record's notice").isOne();
        assertThat(jdbc.sql("select read_at is null from notification.inbox_item where id = :id")
                .param("id", othersNotice).query(Boolean.class).single()).as("someone else's notice").isTrue();
    }

    @Test
    void withoutSmtpEveryMailIsHeldInTheOutboxForAdministrators() {
        Staff leader = Staff.leader();
        Actor.runAs("system:test", () -> notifications.send(Notice.toUsers(Set.of(leader.username()), "test",
                Text.of("aid.notice.handedOver", "VT-2026-0002", "Báo cáo 6 tháng đã sẵn sàng"), "/app")));
        assertThat(jdbc.sql("select status from notification.mail where recipient_username = :leader "
                + "order by id desc limit 1").param("leader", leader.username()).query(String.class).single())
                .isEqualTo("HELD");
        String outbox = Staff.admin().browser(port).get("/app/admin/outbox").body();
        assertThat(outbox).contains("Báo cáo 6 tháng đã sẵn sàng").contains(leader.username() + "@example.org")
                .contains("Giữ lại (chưa có SMTP)");
    }

    @Test
    void aSealedNoticeReachesTheInboxOnlyAndNoAdministratorSeesItInTheTrailOrTheOutbox() {
        Staff police = Staff.police();
        Actor.runAs("system:test", () -> notifications.send(Notice.toUsers(Set.of(police.username()), "test",
                Text.of("aid.appraisal.notice.asked.sealed", "VT-2026-0005", java.time.LocalDate.of(2026, 3, 9)),
                "/app").sealed()));

        assertThat(police.browser(port).get("/app/notifications").body())
                .contains("Đề nghị cho ý kiến về khoản viện trợ VT-2026-0005, hạn 09/03/2026");
        assertThat(jdbc.sql("select count(*) from notification.mail where recipient_username = :police")
                .param("police", police.username()).query(Long.class).single()).isZero();
        long notice = jdbc.sql("select id from notification.inbox_item where recipient = :police")
                .param("police", police.username()).query(Long.class).single();
        String row = "table=notification.inbox_item&rowId=" + notice;
        assertThat(Trails.asReadBy(Staff.admin(), port, row)).isEqualTo("[]");
        assertThat(Trails.asReadBy(Staff.leader(), port, row)).contains(police.username());
    }

    @Test
    void nobodyReadsAnotherUsersInbox() {
        Staff focal = Staff.focalPoint();
        Actor.runAs("system:test", () -> notifications.send(Notice.toUsers(Set.of(focal.username()), "test",
                Text.of("aid.notice.approved", "VT-2026-0003", "Riêng cho đầu mối"), null)));
        assertThat(Staff.officer().browser(port).get("/app/notifications").body())
                .doesNotContain("Riêng cho đầu mối");
    }

    /** A notice keeps its key and arguments: each reader reads it in their language, dates in the one format. */
    @Test
    void aNoticeIsReadInTheReadersLanguageAndMailedInTheLanguageTheyChose() {
        Staff appraiser = Staff.appraiser();
        WebClient browser = appraiser.browser(port);
        browser.get("/app?lang=en");
        Actor.runAs("system:test", () -> notifications.send(Notice.toUsers(Set.of(appraiser.username()), "test",
                Text.of("aid.appraisal.notice.overdue", "VT-2026-0004", "Sở Y tế",
                        java.time.LocalDate.of(2026, 3, 9)), "/app")));
        assertThat(browser.get("/app/notifications?lang=en").body())
                .contains("Opinion overdue on aid item VT-2026-0004: Sở Y tế, due 09/03/2026");
        assertThat(browser.get("/app/notifications?lang=vi").body())
                .contains("Quá hạn cho ý kiến về khoản viện trợ VT-2026-0004: Sở Y tế, hạn 09/03/2026");
        assertThat(jdbc.sql("select subject from notification.mail where recipient_username = :u order by id desc "
                + "limit 1").param("u", appraiser.username()).query(String.class).single())
                .as("mailed in English, the language the appraiser had chosen")
                .isEqualTo("Opinion overdue on aid item VT-2026-0004: Sở Y tế, due 09/03/2026");
    }
}
