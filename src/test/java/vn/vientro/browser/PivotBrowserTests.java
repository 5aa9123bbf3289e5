package vn.vientro.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focal point builds a pivot of an NGO's aid by kind and year, saves it shared with leaders, and opens it again
 * from the list of saved pivots; no console error, no serious accessibility violation.
 */
@VientroIntegrationTest
@BrowserTest
class PivotBrowserTests {

    @LocalServerPort
    int port;

    private Chromium browser;
    private ShellPage shell;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void startBrowser(Chromium browser) throws Exception {
        this.browser = browser;
        shell = new ShellPage(browser);
    }

    @Test
    void theFocalPointBuildsSavesAndReopensAPivot() throws Exception {
        AidTeam team = new AidTeam();
        long item = new AidFixtures(team).projectIn(port, "Dự án cho bảng tổng hợp", AidStatus.APPROVED);
        assertThat(WebClient.api(port, "POST", "/api/v1/aid-items/" + item + "/transactions", team.officer().token(),
                "{\"kind\":\"COMMITMENT\",\"valueDate\":\"%s\",\"amount\":1234567,\"currency\":\"VND\"}"
                        .formatted(Today.inProvince())).statusCode()).isEqualTo(201);

        shell.signIn(team.focal().username(), Staff.PASSWORD);
        browser.open("/app/reporting/pivot?organisation=" + team.donor().id());
        new Select(browser.byId("f-row1")).selectByValue("KIND");
        new Select(browser.byId("f-column")).selectByValue("YEAR");
        new Select(browser.byId("f-period")).selectByValue(Integer.toString(Today.inProvince().getYear()));
        browser.clickThrough(By.cssSelector(".vt-filter-bar button[type=submit]"));
        assertThat(browser.byId("pivot-rows").getText()).contains("1.234.567");
        problems.addAll(browser.problems("pivot"));

        String name = "Viện trợ của nhà tài trợ theo loại " + Unique.number();
        browser.byId("name").sendKeys(name);
        new Select(browser.byId("sharedRole")).selectByValue("LEADER");
        browser.clickThrough(By.cssSelector("#pivot-save button[type=submit]"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(browser.byId("pivot-rows").getText()).contains("1.234.567");

        browser.open("/app/reporting/pivot");
        browser.clickThrough(By.linkText(name));
        assertThat(browser.byId("f-row1").getAttribute("value")).isEqualTo("KIND");
        problems.addAll(browser.problems("saved pivot"));
        assertThat(problems).isEmpty();
    }
}
