package vn.vientro.mobilisation.funnel;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's funnel: organisations approached for the catalogue's needs, one pledged, one declined. */
@DemoIntegrationTest
class DemoInterestsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theFocalPointsBoardShowsTheDemoOrganisationsAtTheirStages() {
        Document board = Jsoup.parse(WebClient.signedIn(port, "focal").get(FunnelController.BOARD).body());
        assertThat(board.select("#funnel-board section[aria-labelledby=column-PLEDGED]").text())
                .contains("Tổ chức Oxfam");
        assertThat(board.select("#funnel-board section[aria-labelledby=column-DECLINED]").text())
                .contains("Tổ chức Plan Quốc tế");
        assertThat(board.select("#stage-CONTACTED td").eachText()).last().isEqualTo("100 %");
    }
}
