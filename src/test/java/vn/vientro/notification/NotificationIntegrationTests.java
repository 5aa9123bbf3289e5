package vn.vientro.notification;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.platform.Actor;
import vn.vientro.shared.Role;
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

    @Test
    void aNoticeToARoleReachesEachHoldersInboxAndShowsInTheHeader() {
        WebClient police = WebClient.signedIn(port, "police");
        police.get("/app");
        police.post("/app/notifications/read-all", java.util.Map.of()); // demo data and other tests notify the police too
        int reached = Actor.runAs("system:test", () -> notifications.send(Notice.toRoles(Set.of(Role.SECURITY),
                "test", "Đề nghị cho ý kiến an ninh: VT-2026-0001", "Hạn trả lời 10 ngày làm việc.", "/app")));
        assertThat(reached).isEqualTo(1);
        String home = police.get("/app").body();
        assertThat(home).contains("Thông báo: 1 chưa đọc");
        assertThat(police.get("/app/notifications").body()).contains("Đề nghị cho ý kiến an ninh: VT-2026-0001");

        police.post("/app/notifications/read-all", java.util.Map.of());
        assertThat(police.get("/app").body()).contains("Thông báo: 0 chưa đọc");
    }

    @Test
    void withoutSmtpEveryMailIsHeldInTheOutboxForAdministrators() {
        Actor.runAs("system:test", () -> notifications.send(Notice.toUsers(Set.of("leader"), "test",
                "Báo cáo 6 tháng đã sẵn sàng", null, "/app")));
        assertThat(jdbc.sql("select status from notification.mail where recipient_username = 'leader' "
                + "order by id desc limit 1").query(String.class).single()).isEqualTo("HELD");
        String outbox = WebClient.signedIn(port, "admin").get("/app/admin/outbox").body();
        assertThat(outbox).contains("Báo cáo 6 tháng đã sẵn sàng").contains("leader@demo.vientro.vn")
                .contains("Giữ lại (chưa có SMTP)");
    }

    @Test
    void nobodyReadsAnotherUsersInbox() {
        Actor.runAs("system:test", () -> notifications.send(Notice.toUsers(Set.of("focal"), "test",
                "Riêng cho đầu mối", null, null)));
        assertThat(WebClient.signedIn(port, "officer").get("/app/notifications").body())
                .doesNotContain("Riêng cho đầu mối");
    }
}
