package vn.vientro.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results framework in the browser: the officer sets a result, an indicator with its baseline and a yearly target
 * on the draft; once the aid runs, reports the year's actual value and sees how far the indicator has come. Every
 * screen is free of console errors and serious accessibility violations.
 */
@VientroIntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AidFixtures fixtures;

    private Chromium browser;
    private ShellPage shell;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        browser = new Chromium(port);
        shell = new ShellPage(browser);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void theOfficerSetsTheFrameworkOnTheDraftAndReportsWhenTheAidRuns() throws Exception {
        long id = fixtures.draftProject(port, "Dự án khung kết quả trên trình duyệt");
        String item = "/app/aid/items/" + id;
        shell.signIn("officer", WebClient.DEMO_PASSWORD);
        browser.open(item + "?tab=results");
        check("empty results tab");
        click("#add-result");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("titleVi")));
        check("result form");
        new Select(find("level")).selectByValue("OUTPUT");
        find("titleVi").sendKeys("Cán bộ y tế xã được tập huấn");
        submit("form[action$='/results']");

        click("a[href$='/indicators/new']");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("unit")));
        find("titleVi").sendKeys("Số cán bộ y tế được tập huấn");
        find("unit").sendKeys("người");
        find("baselineYear").sendKeys("2024");
        find("baselineValue").sendKeys("40");
        submit("form[action$='/indicators']");
        check("indicator added");

        click("a[href$='/periods/new']");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("targetValue")));
        check("period form");
        LocalDate today = LocalDate.now();
        date("start", today.minusDays(400));
        date("end", today.minusDays(30));
        find("targetValue").sendKeys("100");
        submit("form[action$='/periods']");
        assertThat(text()).contains("Cán bộ y tế xã được tập huấn").contains("Số cán bộ y tế được tập huấn")
                .contains("40 (2024)").contains("Chưa báo cáo");

        fixtures.moveTo(port, id, AidStatus.IMPLEMENTING);
        browser.open(item + "?tab=results");
        check("results tab with a report overdue");
        assertThat(text()).contains("Quá hạn báo cáo");
        click("a[href*='/periods/']");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("actual-form")));
        check("report form");
        find("actualValue").sendKeys("70");
        find("actualComment").sendKeys("Danh sách học viên có chữ ký");
        submit("#actual-form");
        check("results tab after the report");
        assertThat(text()).contains("Đã lưu số liệu thực tế.").contains("50 %").doesNotContain("Quá hạn báo cáo");
        wait(d -> Boolean.TRUE.equals(browser.driver.executeScript("return typeof Chart !== 'undefined' && "
                + "!!Chart.getChart(document.querySelector('canvas.aid-results-chart'))")));
        assertThat(browser.driver.executeScript("return Chart.getChart(document.querySelector("
                + "'canvas.aid-results-chart')).data.datasets.map(d => d.data.join('/')).join(' ')"))
                .as("target, actual, baseline").isEqualTo("100 70 40");
        WebElement bar = browser.driver.findElement(By.cssSelector(".progress[aria-valuenow]"));
        assertThat(bar.getAttribute("aria-valuenow")).isEqualTo("50");
        assertThat(problems).isEmpty();
    }

    private void submit(String form) {
        click(form + " button[type=submit]");
        wait(ExpectedConditions.urlContains("tab=results"));
    }

    private void date(String id, LocalDate value) {
        browser.driver.executeScript("arguments[0].value = arguments[1]", find(id), value.toString());
    }

    private WebElement find(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void click(String css) {
        browser.driver.executeScript("arguments[0].click()", browser.driver.findElement(By.cssSelector(css)));
    }

    private String text() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(condition);
    }

    private void check(String where) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(where + " — " + v));
        browser.consoleErrors().forEach(e -> problems.add(where + " — console: " + e));
    }
}
