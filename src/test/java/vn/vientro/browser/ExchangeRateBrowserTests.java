package vn.vientro.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.reference.Rates;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The exchange-rate screens an administrator uses, in each state, are clean and accessible. */
@VientroIntegrationTest
@BrowserTest
class ExchangeRateBrowserTests {

    private static final String LIST = "/app/reference/exchange-rates";

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
    void converterAnswersInPlaceAndEveryScreenIsCleanAndAccessible() throws Exception {
        Rates.demo("USD", YearMonth.of(2025, 6), YearMonth.of(2025, 6), "25500");
        shell.signIn(Staff.admin().username(), Staff.PASSWORD);
        check(LIST);
        browser.driver.findElement(By.id("amount")).sendKeys("1.000");
        // The date picker's typing order follows the browser's locale; set the value the way the picker does.
        browser.driver.executeScript("document.getElementById('date').value = '2025-06-15'");
        browser.driver.findElement(By.cssSelector("#converter button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#converter [role=status]")));
        assertThat(browser.driver.getCurrentUrl()).as("htmx swapped the converter in place").endsWith(LIST);
        assertThat(browser.driver.findElement(By.cssSelector("#converter [role=status]")).getText())
                .contains("1.000,00 USD = ").contains("Tỷ giá ngày 01/06/2025").contains("Dữ liệu minh họa");
        checkCurrent(LIST + " (converted)");

        check(LIST + "/convert?amount=&currency=USD&date=2019-01-01&target=USD");
        check(LIST + "?currency=USD&from=2025-01-01&to=2025-12-31");
        check(LIST + "/new");
        browser.clickThrough(By.cssSelector("form[action$='/new'] button[type=submit]"));
        checkCurrent(LIST + "/new (errors)");
        browser.open(LIST);
        browser.clickThrough(By.cssSelector("tbody a"));
        checkCurrent(browser.driver.getCurrentUrl() + " (demo rate)");
        check(LIST + "/import");
        Path file = Files.createTempFile("rates", ".csv");
        Files.writeString(file, "currency,date,vnd_per_unit,source\nQQQ,2025-13-01,x,\n", StandardCharsets.UTF_8);
        browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        // the upload's answer is a new page: wait for its report rather than reading the old page
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("section[aria-labelledby=report-heading] tbody tr"), 4));
        assertThat(browser.driver.findElements(By.cssSelector("section[aria-labelledby=report-heading] tbody tr")))
                .hasSize(4);
        checkCurrent(LIST + "/import (report)");
        shell.signOut();
        assertThat(problems).isEmpty();
    }

    private void check(String path) throws Exception {
        browser.open(path);
        checkCurrent(path);
    }

    private void checkCurrent(String label) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(label + " — " + v));
        browser.consoleErrors().forEach(error -> problems.add(label + " — console: " + error));
    }
}
