package vn.vientro.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's picture of the aid map, taken of the demo signed in as its focal point. */
@DemoIntegrationTest
@BrowserTest
class DemoMapScreenshotBrowserTests {

    @LocalServerPort
    int port;

    private Chromium browser;

    @BeforeAll
    void startBrowser(Chromium browser) throws Exception {
        this.browser = browser;
    }

    @Test
    void writesTheMapScreenshot() throws Exception {
        ShellPage shell = new ShellPage(browser);
        shell.signIn("focal", WebClient.DEMO_PASSWORD);
        browser.driver.manage().window().setSize(new Dimension(1366, 1500));
        browser.open("/app/reporting/map?measure=COMMITTED");
        assertThat(browser.driver.findElements(By.cssSelector("#commune-map path"))).hasSize(148);
        browser.screenshot(Path.of("docs/screenshots/map-vi.png"));
        assertThat(browser.problems("map")).isEmpty();
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
        browser.open("/app");
        shell.signOut();
    }
}
