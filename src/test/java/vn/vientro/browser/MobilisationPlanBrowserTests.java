package vn.vientro.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Plans;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The focal point records an activity in this year's plan, marks it done, and the year view shows it done. */
@VientroIntegrationTest
@BrowserTest
class MobilisationPlanBrowserTests {

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
    void theFocalPointRecordsAnActivityMarksItDoneAndTheYearViewShowsIt() throws Exception {
        Plans plan = Plans.aPlanFor(Today.inProvince().getYear());
        String title = "Gặp gỡ Liên hiệp các tổ chức hữu nghị Việt Nam " + Unique.number();
        int month = Today.inProvince().getMonthValue();
        shell.signIn(plan.focal().username(), Staff.PASSWORD);
        browser.open("/app/mobilisation/plans");
        browser.clickThrough(By.linkText(plan.title()));
        checkCurrent("plan page");
        browser.clickThrough(By.linkText("Thêm hoạt động"));
        browser.clickThrough(By.cssSelector("#activity-form button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("months-error")).getText())
                .isEqualTo("Chọn ít nhất một tháng thực hiện.");
        checkCurrent("activity form (errors)");
        new Select(browser.driver.findElement(By.id("type"))).selectByValue("CENTRAL_BODIES_MEETING");
        new Select(browser.driver.findElement(By.id("leadAgencyId")))
                .selectByValue(Long.toString(ProvinceAgencies.committeeOffice().id()));
        fill(Map.of("title", title, "budgetPlanned", "15000000", "fundingSource", "Kinh phí đối ngoại"));
        browser.press(By.id("months" + month));
        browser.clickThrough(By.cssSelector("#activity-form button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("activity-state")).getText()).isEqualTo("Chưa bắt đầu");
        checkCurrent("activity recorded");

        browser.clickThrough(By.linkText("Cập nhật hoạt động"));
        new Select(browser.driver.findElement(By.id("status"))).selectByValue("DONE");
        fill(Map.of("doneOn", Today.inProvince().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "budgetSpent", "14200000", "outcome", "VUFO giới thiệu ba tổ chức quan tâm."));
        browser.clickThrough(By.cssSelector("#activity-form button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("activity-state")).getText()).isEqualTo("Hoàn thành");
        checkCurrent("activity done");

        browser.clickThrough(By.linkText(plan.title()));
        WebElement row = browser.driver.findElement(By.xpath("//table[@id='year-view']//tr[.//a[text()='"
                + title + "']]"));
        WebElement cell = row.findElement(By.cssSelector("td[data-month='" + month + "']"));
        assertThat(cell.getAttribute("class")).contains("vt-plan-DONE");
        assertThat(cell.findElement(By.cssSelector("[aria-hidden=true]")).getText()).isEqualTo("✓");
        assertThat(cell.getText()).endsWith(": Hoàn thành");
        assertThat(row.findElement(By.cssSelector("td.state")).getText()).isEqualTo("Hoàn thành");
        assertThat(browser.driver.findElement(By.id("progress-done")).getText()).isEqualTo("1 hoàn thành");
        assertThat(browser.driver.findElement(By.id("budget-total")).getText())
                .isEqualTo("Tổng cộng 15.000.000 ₫ 14.200.000 ₫");
        checkCurrent("year view");
        shell.signOut();
        assertThat(problems).isEmpty();
    }

    private void fill(Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement field = browser.driver.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        });
    }

    private void checkCurrent(String label) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(label + " — " + v));
        browser.consoleErrors().forEach(error -> problems.add(label + " — console: " + error));
    }
}
