package vn.vientro.browser;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's dossier tracking as a visitor sees it in the demo (a dossier returned for supplement), and its slip. */
@DemoIntegrationTest
@BrowserTest
class DemoTrackingScreenshotBrowserTests {

    @LocalServerPort
    int port;

    private Chromium browser;

    @BeforeAll
    void startBrowser(Chromium browser) throws Exception {
        this.browser = browser;
    }

    @Test
    void writesTheTrackingScreenshot() throws Exception {
        Events.settle();
        assertThat(ApplicationUnderTest.bean(JdbcClient.class).sql("""
                select count(*) from aid.aid_item i
                 where exists (select 1 from aid.transition t where t.aid_item = i.id and t.action = 'SUBMIT')
                   and not exists (select 1 from aid.receipt r where r.aid_item = i.id)
                """).query(Long.class).single()).as("every submitted demo dossier has its receipt").isZero();
        // the demo's returned dossier: its receipt as the owner's slip prints it
        Map<String, Object> receipt = ApplicationUnderTest.bean(JdbcClient.class).sql("""
                select r.aid_item, r.code, r.check_code from aid.receipt r
                 order by exists (select 1 from aid.transition t where t.aid_item = r.aid_item and t.action = 'RETURN')
                          desc, r.id
                 limit 1
                """).query().singleRow();
        browser.driver.manage().window().setSize(new Dimension(1366, 1000));
        browser.open("/tra-cuu-ho-so");
        browser.driver.findElement(By.id("receiptCode")).sendKeys(String.valueOf(receipt.get("code")));
        browser.driver.findElement(By.id("checkCode")).sendKeys(String.valueOf(receipt.get("check_code")));
        browser.clickThrough(By.id("tracking-submit"));
        assertThat(browser.driver.findElement(By.id("tracking-steps")).getText()).contains("Đã tiếp nhận hồ sơ");
        browser.screenshot(Path.of("docs/screenshots/portal-tracking-vi.png"));
        assertThat(browser.problems("portal tracking")).isEmpty();

        // the slip the owner prints, as the focal point opens it
        new ShellPage(browser).signIn("focal", WebClient.DEMO_PASSWORD);
        browser.driver.manage().window().setSize(new Dimension(1000, 1100));
        browser.open("/app/aid/items/" + receipt.get("aid_item") + "/receipt");
        assertThat(browser.driver.findElement(By.id("check-code")).getText()).isEqualTo(receipt.get("check_code"));
        browser.screenshot(Path.of("docs/screenshots/aid-receipt-slip-vi.png"));
        assertThat(browser.consoleErrors()).isEmpty();
        browser.open("/app");
        new ShellPage(browser).signOut();
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
    }
}
