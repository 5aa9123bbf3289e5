package vn.vientro.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focal point asks for a report's PDF from its preview, lands on the file's page, which follows the job (htmx)
 * to its download link, and finds it again after a reload and from the reports' list; no console error, no serious
 * accessibility violation on the way.
 */
@VientroIntegrationTest
@BrowserTest
class ReportFileBrowserTests {

    @LocalServerPort
    int port;

    private Chromium browser;
    private ShellPage shell;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void startBrowser(Chromium browser) {
        this.browser = browser;
        shell = new ShellPage(browser);
    }

    @Test
    void asksForAPdfFollowsItsProgressAndDownloadsIt() throws Exception {
        shell.signIn(Staff.focalPoint().username(), Staff.PASSWORD);
        browser.open("/app/reporting/reports/five-year?period=2025");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-preview table")));
        problems.addAll(browser.problems("preview"));

        browser.clickThrough(By.id("download-pdf"));
        assertThat(browser.driver.getCurrentUrl()).matches(".*/app/reporting/reports/files/\\d+$");
        assertThat(browser.byId("report-file").getText()).contains("PDF");
        problems.addAll(browser.problems("file page"));
        awaitDone();
        assertThat(browser.byId("report-file-download").getAttribute("href")).endsWith("/download");
        assertThat(browser.byId("report-file").getText()).contains("Đã lập xong tệp");
        problems.addAll(browser.problems("file page (done)"));

        String page = browser.driver.getCurrentUrl();
        browser.driver.navigate().refresh();
        awaitDone();
        browser.open("/app/reporting/reports");
        browser.clickThrough(By.cssSelector("#report-files a"));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(page);
        awaitDone();
        problems.addAll(browser.problems("file page (again)"));
        shell.signOut();
        assertThat(problems).isEmpty();
    }

    private void awaitDone() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#report-file[data-status=DONE] #report-file-download")));
    }
}
