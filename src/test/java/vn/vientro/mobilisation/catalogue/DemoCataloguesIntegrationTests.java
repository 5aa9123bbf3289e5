package vn.vientro.mobilisation.catalogue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's catalogues: 2020–2025 revised once, 2026–2030 with its first approved version. */
@DemoIntegrationTest
class DemoCataloguesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPeriodsHaveTheirApprovedVersionsAndTheRevisionTellsWhatChanged() {
        WebClient commune = WebClient.signedIn(port, "commune");
        String periods = Jsoup.parse(commune.get("/app/mobilisation/catalogues").body()).select("#period-rows").text();
        assertThat(periods).contains("Giai đoạn 2026–2030").contains("Giai đoạn 2020–2025").contains("Phiên bản 2");
        long revision = jdbc.sql("""
                select v.id from mobilisation.catalogue_version v join mobilisation.catalogue_period p
                    on p.id = v.period where p.first_year = 2020 and v.revision = 2""").query(Long.class).single();
        Document changes = Jsoup.parse(commune.get("/app/mobilisation/catalogues/versions/" + revision
                + "/changes").body());
        assertThat(changes.select("#changes-added").text())
                .contains("Sinh kế bền vững cho phụ nữ dân tộc thiểu số qua trồng dược liệu");
        assertThat(changes.select("#changes-withdrawn").text())
                .contains("Đường giao thông nông thôn liên xóm kết hợp rãnh thoát nước");
        long current = jdbc.sql("""
                select v.id from mobilisation.catalogue_version v join mobilisation.catalogue_period p
                    on p.id = v.period where p.first_year = 2026 and v.status = 'APPROVED'""").query(Long.class)
                .single();
        assertThat(Jsoup.parse(commune.get("/app/mobilisation/catalogues/versions/" + current).body())
                .select("#catalogue-rows").text()).contains("Trường mầm non bán trú cho con em công nhân khu công nghiệp");
    }
}
