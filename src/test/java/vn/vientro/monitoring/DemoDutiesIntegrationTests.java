package vn.vientro.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.WebClient;

/** The demo's approved items come with their reporting duties, made by the same listener as any approval. */
@DemoIntegrationTest
class DemoDutiesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theFocalPointSeesTheDemoItemsReportsSomeOfThemOverdue() {
        Events.settle();
        WebClient focal = WebClient.signedIn(port, "focal");
        Awaitility.await("demo duties").atMost(Duration.ofSeconds(20))
                .until(() -> count(focal.get("/app/monitoring/duties?kind=PROGRESS_ANNUAL").body()) > 0);

        String overdue = focal.get("/app/monitoring/duties?status=OVERDUE&kind=PROGRESS_HALF_YEAR").body();
        assertThat(overdue).contains("DIRECT").containsPattern("Quá hạn \\d+ ngày");
        assertThat(count(focal.get("/app/monitoring/duties?kind=NGO_ANNUAL_REPORT").body()))
                .as("the NGOs' annual reports, from the registry").isPositive();
    }

    private static int count(String page) {
        Matcher matcher = Pattern.compile("Có (\\d+) nghĩa vụ báo cáo").matcher(page);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }
}
