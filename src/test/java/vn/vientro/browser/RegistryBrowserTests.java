package vn.vientro.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The focal point registers an NGO, records a paper expiring in 30 days, sees the warning and finds the NGO again. */
@VientroIntegrationTest
@BrowserTest
class RegistryBrowserTests {

    @LocalServerPort
    int port;

    private Chromium browser;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start(Chromium browser) throws Exception {
        this.browser = browser;
    }

    @Test
    void registersAnNgoRecordsAPaperExpiringSoonSeesTheWarningAndFindsItByAnUnaccentedTypo() throws Exception {
        new ShellPage(browser).signIn(Staff.focalPoint().username(), Staff.PASSWORD);

        browser.open("/app/registry/organisations/new");
        check("organisation form");
        new Select(find("kind")).selectByValue("FOREIGN_NGO");
        find("nameOriginal").sendKeys("Aktion Deutschland Hilft");
        find("nameVi").sendKeys("Liên minh Cứu trợ Đức");
        new Select(find("countryCode")).selectByValue("DE");
        submit("form[action='/app/registry/organisations/new']");
        wait(ExpectedConditions.urlMatches(".*/app/registry/organisations/\\d+$"));
        String organisationUrl = browser.driver.getCurrentUrl();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Liên minh Cứu trợ Đức");
        assertThat(browser.driver.getPageSource()).contains("Không có giấy đăng ký còn hiệu lực");

        browser.open(organisationUrl.replace(browser.baseUrl, "") + "/permits/new");
        check("permit form");
        LocalDate today = Today.inProvince();
        new Select(find("kind")).selectByValue("OPERATION_REGISTRATION");
        find("number").sendKeys("777/GĐK-BNG");
        setDate("issuedOn", today.minusYears(1));
        setDate("validFrom", today.minusYears(1));
        setDate("validUntil", today.plusDays(30));
        submit("form[action$='/permits/new']");
        wait(ExpectedConditions.urlContains("/app/registry/permits/"));
        check("permit page");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Hết hạn sau 30 ngày");

        browser.open(organisationUrl.replace(browser.baseUrl, "") + "?tab=permits");
        check("organisation papers");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Hết hạn sau 30 ngày");

        WebElement search = find("vt-search-q");
        search.sendKeys("lien minh cuu tro duk");
        WebElement suggestion = wait(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#vt-search-results a[href='" + organisationUrl.replace(browser.baseUrl, "") + "']")));
        assertThat(suggestion.getText()).contains("Liên minh Cứu trợ Đức");
        check("search suggestions");
        suggestion.click();
        wait(ExpectedConditions.urlToBe(organisationUrl));
        assertThat(problems).isEmpty();
    }

    private WebElement find(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void setDate(String id, LocalDate date) {
        browser.driver.executeScript("arguments[0].value = arguments[1]", find(id), date.toString());
    }

    private void submit(String formSelector) {
        WebElement button = browser.driver.findElement(By.cssSelector(formSelector + " button[type=submit]"));
        // the long form's button lies below the headless window; a script click still submits the real form
        browser.driver.executeScript("arguments[0].click()", button);
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(condition);
    }

    private void check(String where) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(where + " — " + v));
        browser.consoleErrors().forEach(e -> problems.add(where + " — console: " + e));
    }
}
