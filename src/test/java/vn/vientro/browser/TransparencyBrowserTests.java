package vn.vientro.browser;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor reads the transparency of aid: the list draws its charts beside their tables, an item's page and the
 * open-data page, each without a console error or a serious accessibility violation.
 */
@VientroIntegrationTest
@BrowserTest
class TransparencyBrowserTests {

    @LocalServerPort
    int port;

    private Chromium browser;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void startBrowser(Chromium browser) throws Exception {
        this.browser = browser;
    }

    @Test
    void theListDrawsItsChartsAndEveryPageIsClean() throws Exception {
        AidTeam team = new AidTeam();
        AidFixtures aid = new AidFixtures(team);
        String name = "Trạm y tế xã vùng cao " + Unique.number();
        long item = aid.draft(port, team.officer().token(), aid.projectJson("TECHNICAL_ASSISTANCE", name, "150000",
                "USD").replace("[\"SUMMARY\",\"VALUE\"]", "[\"SUMMARY\",\"VALUE\",\"MONEY\",\"LOCATIONS\"]"));
        aid.moveTo(port, item, AidStatus.IMPLEMENTING);
        HttpResponse<String> recorded = WebClient.api(port, "POST", "/api/v1/aid-items/" + item + "/transactions",
                team.officer().token(), "{\"kind\":\"DISBURSEMENT\",\"valueDate\":\"%s\",\"amount\":4000,\"currency\":\"USD\"}"
                        .formatted(Today.inProvince()));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        Events.settle();

        browser.open("/minh-bach");
        problems.addAll(browser.problems("transparency list (vi)"));
        Object charts = browser.driver.executeScript("return Array.from(document.querySelectorAll("
                + "'canvas[data-transparency-chart]')).filter(c => Chart.getChart(c) !== undefined).length");
        assertThat(((Number) charts).intValue()).as("both charts drawn").isEqualTo(2);
        assertThat(browser.byId("figures-by-year").getText()).contains(Integer.toString(Today.inProvince().getYear()));

        browser.open("/minh-bach?page=1");
        problems.addAll(browser.problems("transparency list, a later page (vi)"));

        browser.open("/minh-bach?commune=" + aid.communes(1).get(0));
        browser.click("#transparency-items a[href^='/minh-bach/" + item + "-']");
        assertThat(browser.mainText()).contains(name).contains("4.000,00 USD");
        problems.addAll(browser.problems("aid item (vi)"));

        browser.open("/en/open-data");
        problems.addAll(browser.problems("open data (en)"));
        assertThat(problems).isEmpty();
    }
}
