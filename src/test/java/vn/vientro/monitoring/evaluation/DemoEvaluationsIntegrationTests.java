package vn.vientro.monitoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

/** The demo comes with evaluations of its approved items, recorded through the service as any evaluation. */
@DemoIntegrationTest
class DemoEvaluationsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theFocalPointReadsTheDemoEvaluationsAndTheOfficerThoseOfItsAgency() {
        String focal = WebClient.signedIn(port, "focal").get("/app/monitoring/evaluations").body();
        assertThat(focal).contains("Có 3 báo cáo đánh giá", "Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương",
                "Đánh giá cuối kỳ", "Đánh giá giữa kỳ");

        String officer = WebClient.signedIn(port, "officer").get("/app/monitoring/evaluations").body();
        assertThat(officer).as("the health department owns the DIRECT programme")
                .contains("Công ty TNHH Tư vấn Phát triển Cộng đồng Hà Nội");
    }
}
