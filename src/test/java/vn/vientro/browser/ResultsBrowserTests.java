package vn.vientro.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results framework in the browser: the officer sets a result, an indicator with its baseline and a yearly target
 * on the draft; once the aid runs, reports the year's actual value and sees how far the indicator has come. Every
 * screen is free of console errors and serious accessibility violations.
 */
@VientroIntegrationTest
@BrowserTest
class ResultsBrowserTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    private Chromium browser;
    private ShellPage shell;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start(Chromium browser) throws Exception {
        this.browser = browser;
        shell = new ShellPage(browser);
    }

    @Test
    void theOfficerSetsTheFrameworkOnTheDraftAndReportsWhenTheAidRuns() throws Exception {
        long id = fixtures.draftProject(port, "Dự án khung kết quả trên trình duyệt");
        String item = "/app/aid/items/" + id;
        shell.signIn(team.officer().username(), Staff.PASSWORD);
        browser.open(item + "?tab=results");
        problems.addAll(browser.problems("empty results tab"));
        browser.click("#add-result");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("titleVi")));
        problems.addAll(browser.problems("result form"));
        new Select(browser.byId("level")).selectByValue("OUTPUT");
        browser.byId("titleVi").sendKeys("Cán bộ y tế xã được tập huấn");
        submit("form[action$='/results']");

        browser.click("a[href$='/indicators/new']");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("unit")));
        browser.byId("titleVi").sendKeys("Số cán bộ y tế được tập huấn");
        browser.byId("unit").sendKeys("người");
        browser.byId("baselineYear").sendKeys("2024");
        browser.byId("baselineValue").sendKeys("40");
        submit("form[action$='/indicators']");
        problems.addAll(browser.problems("indicator added"));

        browser.click("a[href$='/periods/new']");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("targetValue")));
        problems.addAll(browser.problems("period form"));
        LocalDate today = Today.inProvince();
        date("start", today.minusDays(400));
        date("end", today.minusDays(30));
        browser.byId("targetValue").sendKeys("100");
        submit("form[action$='/periods']");
        assertThat(browser.mainText()).contains("Cán bộ y tế xã được tập huấn").contains("Số cán bộ y tế được tập huấn")
                .contains("40 (2024)").contains("Chưa báo cáo");

        fixtures.moveTo(port, id, AidStatus.IMPLEMENTING);
        browser.open(item + "?tab=results");
        problems.addAll(browser.problems("results tab with a report overdue"));
        assertThat(browser.mainText()).contains("Quá hạn báo cáo");
        browser.click("a[href*='/periods/']");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("actual-form")));
        problems.addAll(browser.problems("report form"));
        browser.byId("actualValue").sendKeys("70");
        browser.byId("actualComment").sendKeys("Danh sách học viên có chữ ký");
        submit("#actual-form");
        problems.addAll(browser.problems("results tab after the report"));
        assertThat(browser.mainText()).contains("Đã lưu số liệu thực tế.").contains("50 %")
                .doesNotContain("Quá hạn báo cáo");
        browser.await(d -> Boolean.TRUE.equals(browser.driver.executeScript("return typeof Chart !== 'undefined' && "
                + "!!Chart.getChart(document.querySelector('canvas.aid-results-chart'))")));
        assertThat(browser.driver.executeScript("return Chart.getChart(document.querySelector("
                + "'canvas.aid-results-chart')).data.datasets.map(d => d.data.join('/')).join(' ')"))
                .as("target, actual, baseline").isEqualTo("100 70 40");
        WebElement bar = browser.driver.findElement(By.cssSelector(".progress[aria-valuenow]"));
        assertThat(bar.getAttribute("aria-valuenow")).isEqualTo("50");
        assertThat(problems).isEmpty();
    }

    private void submit(String form) {
        browser.click(form + " button[type=submit]");
        browser.await(ExpectedConditions.urlContains("tab=results"));
    }

    private void date(String id, LocalDate value) {
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.byId(id), value.toString());
    }
}
