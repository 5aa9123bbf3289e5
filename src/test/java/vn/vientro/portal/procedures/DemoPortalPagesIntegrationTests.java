package vn.vientro.portal.procedures;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's portal comes with the procedure pages' texts and a bulletin, written through the services. */
@DemoIntegrationTest
class DemoPortalPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theDemoPortalHasProcedureTextsAndABulletinInBothLanguages() {
        WebClient visitor = new WebClient(port);
        assertThat(Jsoup.parse(visitor.get("/thu-tuc/tiep-nhan-vien-tro-chuong-trinh-du-an").body())
                .select("#procedure-body").text()).contains("Chủ tịch UBND tỉnh xem xét");
        assertThat(Jsoup.parse(visitor.get("/en/procedures/receiving-non-project-aid").body())
                .select("#procedure-body").text()).contains("import-ban list");
        assertThat(Jsoup.parse(visitor.get("/ban-tin").body()).select("#bulletin-entries h2").eachText())
                .containsExactly("Thăm và làm việc với các tổ chức đang có dự án tại tỉnh",
                        "Tỉnh giới thiệu danh mục dự án kêu gọi viện trợ với COMINGO và PACCOM",
                        "Bằng khen của Chủ tịch UBND tỉnh cho tổ chức HPA");
        assertThat(visitor.get("/en/bulletin").body())
                .contains("The province presents its projects calling for aid to COMINGO and PACCOM");
    }
}
