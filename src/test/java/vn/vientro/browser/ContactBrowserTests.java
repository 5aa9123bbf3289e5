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
import vn.vientro.registry.Ngos;
import vn.vientro.registry.People;
import vn.vientro.registry.contact.ContactKind;
import vn.vientro.registry.contact.InteractionKind;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact network's screens the focal point uses, in each state, are clean and accessible. */
@VientroIntegrationTest
@BrowserTest
class ContactBrowserTests {

    private static final String LIST = "/app/registry/contacts";

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
    void filterAnswersInPlaceAndEveryContactScreenIsCleanAndAccessible() throws Exception {
        // Other tests add people too: this one's has a name of its own.
        String mine = "x" + Unique.number() + "x";
        long kfhi = Ngos.anNgo().named("Korea Food for the Hungry International " + mine,
                "Tổ chức Cứu trợ nạn đói Hàn Quốc " + mine).abbreviated("KFHI").from("KR").register().id();
        People.aContact(ContactKind.NGO_STAFF, "Yoon Seo-jin").titled("Trưởng văn phòng tại Việt Nam").of(kfhi)
                .speaking("ko", "en", "vi").met(InteractionKind.CALL, 3, "Xác nhận lịch đoàn công tác.").add();
        shell.signIn(Staff.focalPoint().username(), Staff.PASSWORD);
        check(LIST);
        browser.driver.findElement(By.id("f-q")).sendKeys("yoon seo");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#contact-results tbody tr"), 1));
        assertThat(browser.driver.findElement(By.cssSelector("#contact-results tbody")).getText())
                .contains("Yoon Seo-jin");
        assertThat(browser.driver.getCurrentUrl()).as("htmx swapped the results in place").endsWith(LIST);

        browser.clickThrough(By.linkText("Yoon Seo-jin"));
        String detail = browser.driver.getCurrentUrl();
        checkCurrent(detail);
        browser.clickThrough(By.cssSelector("form[action$='/interactions'] button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("kind-error")).getText()).isEqualTo("Chọn hình thức liên hệ.");
        checkCurrent(detail + " (interaction errors)");
        browser.open(detail.replaceFirst("^https?://[^/]+", "") + "/edit");
        checkCurrent(detail + "/edit");

        check(LIST + "/new");
        browser.clickThrough(By.cssSelector("form[action$='/new'] button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("fullName-error")).getText()).isEqualTo("Nhập họ và tên người liên hệ.");
        checkCurrent(LIST + "/new (errors)");

        browser.open("/app/registry/organisations?q=" + mine);
        browser.clickThrough(By.partialLinkText("Cứu trợ nạn đói"));
        browser.clickThrough(By.linkText("Người liên hệ"));
        assertThat(browser.driver.findElement(By.id("contacts-heading")).isDisplayed()).isTrue();
        checkCurrent("organisation contacts tab");
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
