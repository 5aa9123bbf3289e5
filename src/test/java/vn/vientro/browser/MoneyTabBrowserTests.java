package vn.vientro.browser;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.money.MoneyFixtures;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.aid.money.MoneyFixtures.today;

/**
 * The money tab in Chromium: the chart draws under the content security policy (no inline script), the form records,
 * and the page has no console error and no serious accessibility violation (axe-core).
 */
@VientroIntegrationTest
@BrowserTest
class MoneyTabBrowserTests {

    static final AidTeam team = new AidTeam();
    final vn.vientro.aid.AidFixtures aidFixtures = new vn.vientro.aid.AidFixtures(team);

    @LocalServerPort
    int port;

    private ChromeDriver driver;

    @BeforeAll
    void startBrowser(Chromium browser) {
        driver = browser.driver;
    }

    @Test
    void theChartDrawsAndTheTabRecordsCleanAndAccessible() throws Exception {
        MoneyFixtures items = new MoneyFixtures(port, aidFixtures);
        long id = items.itemIn(AidStatus.IMPLEMENTING);
        items.post(id, team.officer().token(), "COMMITMENT", today(), "100000", "USD", "");
        items.post(id, team.officer().token(), "DISBURSEMENT", today(), "20000", "EUR", "");
        signIn();
        driver.get(url("/app/aid/items/" + id + "?tab=money"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart('aid-money-chart')")));
        assertThat(driver.executeScript("return Chart.getChart('aid-money-chart').data.datasets.length"))
                .isEqualTo(2L);
        List<String> problems = problems("tab");

        driver.findElement(By.id("amount")).clear();
        driver.findElement(By.id("amount")).submit();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("amount-error")));
        problems.addAll(problems("errors"));
        assertThat(problems).isEmpty();
    }

    private void signIn() {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(team.officer().username());
        driver.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlToBe(url("/login"))));
    }

    private List<String> problems(String label) throws Exception {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(label + " console: " + entry.getMessage());
            }
        }
        try (InputStream axe = getClass().getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            driver.executeScript(new String(axe.readAllBytes(), StandardCharsets.UTF_8));
        }
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done('[{"id":"axe-error","impact":"critical","nodes":[]}]'));
                """);
        for (JsonNode violation : MoneyFixtures.JSON.readTree(String.valueOf(result))) {
            String impact = violation.path("impact").asString();
            if ("serious".equals(impact) || "critical".equals(impact)) {
                problems.add(label + " axe: " + violation.path("id").asString() + " at "
                        + violation.path("nodes").toString());
            }
        }
        return problems;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
