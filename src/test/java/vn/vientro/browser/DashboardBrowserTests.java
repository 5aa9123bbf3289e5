package vn.vientro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.money.MoneyFixtures;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;

/**
 * The focal point lands on the dashboard at home, narrows it to one donor, sees each chart drawn beside its table,
 * and clicks the bar of this year to open the aid list filtered to that donor and year.
 */
@VientroIntegrationTest
@BrowserTest
class DashboardBrowserTests {

    static final AidTeam team = new AidTeam();

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
    void theFocalPointClicksABarAndGetsTheFilteredAidList() throws Exception {
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long item = items.itemIn(AidStatus.APPROVED);
        assertThat(items.post(item, team.officer().token(), "COMMITMENT", Today.inProvince(), "500000000", "VND", "")
                .statusCode()).isEqualTo(201);
        long donor = team.donor().id();
        int year = Today.inProvince().getYear();

        shell.signIn(team.focal().username(), Staff.PASSWORD);
        browser.open("/app");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
        assertThat(drawn("chart-by-year")).as("the dashboard is drawn on the home page").isTrue();
        checkCurrent("home");

        browser.open("/app/reporting/dashboard?period=" + year + "&organisation=" + donor);
        for (String chart : List.of("by-year", "by-field", "by-country", "top-organisations", "pipeline")) {
            assertThat(drawn("chart-" + chart)).as(chart + " is drawn").isTrue();
            assertThat(browser.driver.findElements(By.id("chart-" + chart + "-table"))).as(chart + " has its table")
                    .hasSize(1);
        }
        assertThat(browser.byId("figure-committed").getText()).contains("500.000.000");
        checkCurrent("dashboard of one donor");

        WebElement canvas = browser.byId("chart-by-year");
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", canvas);
        @SuppressWarnings("unchecked")
        Map<String, Number> bar = (Map<String, Number>) browser.driver.executeScript("""
                var chart = Chart.getChart(arguments[0]);
                var meta = chart.getDatasetMeta(0);
                var element = meta.data[meta.data.length - 1];
                return {x: element.x, y: (element.y + element.base) / 2,
                        width: arguments[0].clientWidth, height: arguments[0].clientHeight};
                """, canvas);
        new Actions(browser.driver).moveToElement(canvas,
                (int) Math.round(bar.get("x").doubleValue() - bar.get("width").doubleValue() / 2),
                (int) Math.round(bar.get("y").doubleValue() - bar.get("height").doubleValue() / 2)).click().perform();

        browser.await(ExpectedConditions.urlContains("/app/aid/items"));
        assertThat(browser.driver.getCurrentUrl()).contains("donor=" + donor).contains("year=" + year);
        checkCurrent("aid list from a bar");
        assertThat(problems).isEmpty();
    }

    /** Whether Chart.js drew on the canvas (it keeps the chart it made for it). */
    private boolean drawn(String canvasId) {
        return browser.await(driver -> Boolean.TRUE.equals(browser.driver.executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById(arguments[0])) != null;",
                canvasId)) ? Boolean.TRUE : null);
    }

    private void checkCurrent(String label) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(label + " — " + v));
        browser.consoleErrors().forEach(error -> problems.add(label + " — console: " + error));
    }
}
