package vn.vientro.portal.feedback;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo comes with community feedback: one answered that a visitor follows by its codes, one overdue. */
@DemoIntegrationTest
class DemoFeedbackIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aVisitorReadsTheDemoAnswerAndTheFocalPointSeesTheOverdueFeedback() {
        Document tracked = Jsoup.parse(new WebClient(port).sending("X-Forwarded-For", "198.51.100.77")
                .postRaw("/phan-anh/tra-cuu", Map.of("code", "PA-2026-MAU001", "checkCode", "KTRA2026")).body());
        assertThat(tracked.select("#feedback-stage").text()).isEqualTo("Đã trả lời");
        assertThat(tracked.select("#feedback-answer").text()).startsWith("Chủ khoản viện trợ đã kiểm tra");

        String list = WebClient.signedIn(port, "focal").get("/app/portal/feedback").body();
        assertThat(list).contains("PA-2026-MAU001", "PA-2026-MAU002", "PA-2026-MAU003");
        Document home = Jsoup.parse(WebClient.signedIn(port, "focal").get("/app").body());
        assertThat(Long.parseLong(home.select("a[href='/app/portal/feedback?overdue=true'] .vt-tile-count").text()))
                .isPositive();
    }
}
