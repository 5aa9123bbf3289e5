package vn.vientro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

/**
 * The focal point ranks the aid owners by their compliance scorecards, sees the trend drawn beside its table, and
 * opens one owner's scorecards year by year.
 */
@VientroIntegrationTest
@BrowserTest
class ScorecardBrowserTests {

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
    void theFocalPointRanksTheAidOwnersAndOpensOnesScorecards() throws Exception {
        new AidFixtures(team).projectIn(port, "Dự án tạm dừng để chấm điểm", AidStatus.SUSPENDED);
        long owner = team.owner().id();

        shell.signIn(team.focal().username(), Staff.PASSWORD);
        browser.open("/app/monitoring/scorecards?tab=owner");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("scorecard-owner-" + owner)));
        assertThat(drawn("scorecard-trend")).as("the trend is drawn").isTrue();
        assertThat(browser.mainText()).contains("Xu hướng theo năm", team.owner().nameVi());
        checkCurrent("ranking");

        WebElement link = browser.driver.findElement(By.cssSelector("#scorecard-owner-" + owner + " a"));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        link.click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("card-table")));
        assertThat(drawn("scorecard-history")).as("the owner's scores are drawn").isTrue();
        assertThat(browser.mainText()).contains("tạm dừng khoản viện trợ", "Cách tính điểm");
        checkCurrent("one owner's scorecards");
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
