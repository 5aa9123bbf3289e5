package vn.vientro.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item form in a browser set to English: date fields shown and typed dd/mm/yyyy as on Vietnamese pages (a native
 * date input would show mm/dd/yyyy there), the calendar button writes the picked day back the same way, amounts print
 * the English way; and every wrong field of a submitted form shown at once, each at its field with its limit.
 */
@VientroIntegrationTest
@BrowserTest(language = "en-US")
class DateFieldBrowserTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    private Chromium browser;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start(Chromium browser) throws Exception {
        this.browser = browser;
        new ShellPage(browser).signIn(team.officer().username(), Staff.PASSWORD);
    }

    @Test
    void anEnglishBrowserShowsAndTakesDayMonthYear() throws Exception {
        long id = fixtures.draftProject(port, "Dự án thử trường ngày");
        browser.open("/app/aid/items/" + id + "/edit?lang=en");
        WebElement start = browser.byId("plannedStart");
        assertThat(start.getAttribute("type")).isEqualTo("text");
        assertThat(start.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        assertThat(start.getAttribute("value")).matches("\\d{2}/\\d{2}/\\d{4}");
        WebElement calendar = start.findElement(By.xpath("following-sibling::button"));
        assertThat(calendar.getAttribute("aria-label")).isEqualTo("Pick a date on the calendar");
        problems.addAll(browser.problems("item form in English"));

        browser.driver.executeScript("const calendar = arguments[0].parentNode.querySelector('.vt-date-calendar');"
                + "calendar.value = '2026-08-01'; calendar.dispatchEvent(new Event('change'));", start);
        assertThat(start.getAttribute("value")).as("the picked day, written back dd/mm/yyyy").isEqualTo("01/08/2026");

        WebElement end = browser.byId("plannedEnd");
        end.clear();
        end.sendKeys("5/3/2028");
        browser.click("#save-item");
        browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/edit")));
        problems.addAll(browser.problems("item page in English"));

        String item = fixtures.item(port, id).get("item").toString();
        assertThat(item).contains("\"plannedStart\":\"2026-08-01\"").contains("\"plannedEnd\":\"2028-03-05\"");
        assertThat(browser.mainText()).contains("250,000.00 USD").contains("01/08/2026");
        assertThat(problems).isEmpty();
    }

    @Test
    void everyWrongFieldIsShownAtOnceAtItsFieldWithItsLimit() throws Exception {
        long id = fixtures.draftProject(port, "Dự án thử nhiều lỗi");
        browser.open("/app/aid/items/" + id + "/edit?lang=vi");
        browser.driver.executeScript("arguments[0].value = 'x'.repeat(600)", browser.byId("nameEn"));
        browser.byId("plannedEnd").clear();
        browser.byId("plannedEnd").sendKeys("01/01/2020");
        browser.byId("beneficiariesTotal").clear();
        browser.byId("beneficiariesTotal").sendKeys("100");
        browser.byId("beneficiariesWomen").clear();
        browser.byId("beneficiariesWomen").sendKeys("500");
        browser.byId("iatiIdentifier").clear();
        browser.byId("iatiIdentifier").sendKeys("không phải mã");
        browser.click("#save-item");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("nameEn-error")));

        assertThat(browser.byId("nameEn-error").getText()).isEqualTo("Tối đa 500 ký tự.");
        assertThat(browser.byId("plannedEnd-error").getText()).startsWith("Ngày kết thúc phải sau ngày bắt đầu (");
        assertThat(browser.byId("beneficiariesWomen-error").getText()).contains("(100)");
        assertThat(browser.byId("iatiIdentifier-error").isDisplayed()).isTrue();
        assertThat(browser.byId("plannedEnd").getAttribute("value")).as("what was typed is kept")
                .isEqualTo("01/01/2020");
        assertThat(browser.byId("nameEn").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.problems("item form with five errors")).isEmpty();
    }
}
