package vn.vientro.mobilisation.need;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's catalogue: proposals of the demo's officers in the states a catalogue in progress shows. */
@DemoIntegrationTest
class DemoNeedsIntegrationTests {

    /** The proposals of the catalogue in progress: not those of the 2020–2025 catalogue. */
    private static final String IN_PROGRESS = """
            not exists (select 1 from mobilisation.catalogue_entry e
                          join mobilisation.catalogue_version v on v.id = e.catalogue_version
                          join mobilisation.catalogue_period p on p.id = v.period
                         where e.need = n.id and p.first_year = 2020)""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoProposalsStandInEveryStateOfACatalogueInProgress() {
        List<String> states = jdbc.sql("select status from mobilisation.need n where " + IN_PROGRESS + " order by id")
                .query(String.class).list();
        assertThat(states).containsExactly("DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "PUBLISHED", "WITHDRAWN");
        assertThat(jdbc.sql("select count(*) from mobilisation.need_transition t join mobilisation.need n"
                + " on n.id = t.need where " + IN_PROGRESS).query(Long.class).single()).isEqualTo(1 + 2 + 2 + 4 + 2);
    }

    @Test
    void theAppraisalLeadSeesTheSubmittedProposalsAndNotTheCommunesDraft() {
        String list = Jsoup.parse(WebClient.signedIn(port, "appraiser").get("/app/mobilisation/needs").body())
                .select("#need-rows").text();
        assertThat(list).contains("Hệ thống cấp nước sạch liên thôn").contains("Trường mầm non bán trú")
                .doesNotContain("Cải tạo nhà văn hóa");
        String commune = WebClient.signedIn(port, "commune").get("/app/mobilisation/needs").body();
        assertThat(commune).contains("Cải tạo nhà văn hóa").doesNotContain("Xe cứu thương");
    }
}
