package vn.vientro.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The spreadsheet import in each of its states (form, report, result) is clean and accessible, htmx polling included. */
@VientroIntegrationTest
@BrowserTest
class OrganisationImportBrowserTests {

    private static final String IMPORT = "/app/registry/organisations/import";

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
    void uploadsSeesTheReportConfirmsAndFollowsTheImportToItsResult() throws Exception {
        shell.signIn(Staff.focalPoint().username(), Staff.PASSWORD);
        browser.open(IMPORT);
        check(IMPORT);
        Path file = Files.createTempFile("organisations", ".csv");
        Files.writeString(file, "kind,name_original,country\nFOREIGN_NGO,Browser Test NGO,CH\nFOREIGN_NGO,Bad Country,XX\n",
                StandardCharsets.UTF_8);
        browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();

        awaitStatus("CHECKED");
        assertThat(browser.driver.findElements(By.cssSelector("#import-job tbody tr"))).hasSize(1);
        check(IMPORT + "/{id} (report)");
        browser.driver.findElement(By.cssSelector("#import-job form button[type=submit]")).click();

        awaitStatus("DONE");
        assertThat(browser.driver.findElement(By.cssSelector("#import-job [role=status]")).getText())
                .startsWith("Đã nhập: 1 tổ chức mới");
        check(IMPORT + "/{id} (result)");
        shell.signOut();
        assertThat(problems).isEmpty();
    }

    private void awaitStatus(String status) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#import-job[data-status=" + status + "]")));
    }

    private void check(String label) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(label + " — " + v));
        browser.consoleErrors().forEach(error -> problems.add(label + " — console: " + error));
    }
}
