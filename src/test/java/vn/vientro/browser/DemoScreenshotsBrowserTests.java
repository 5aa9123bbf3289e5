package vn.vientro.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's home-screen pictures, taken of the demo as a visitor sees it, signed in as the demo's focal point. */
@DemoIntegrationTest
@BrowserTest
class DemoScreenshotsBrowserTests {

    @LocalServerPort
    int port;

    private Chromium browser;
    private ShellPage shell;

    @BeforeAll
    void startBrowser(Chromium browser) throws Exception {
        this.browser = browser;
        shell = new ShellPage(browser);
    }

    @Test
    void writesTheHomeScreenshotsInBothLanguages() throws Exception {
        shell.signIn("focal", WebClient.DEMO_PASSWORD);
        assertThat(shell.greeting()).startsWith("Xin chào, Trần Thị Ngoại");
        browser.screenshot(Path.of("docs/screenshots/home-vi.png"));

        shell.switchLanguage("en");
        assertThat(shell.greeting()).startsWith("Hello");
        browser.screenshot(Path.of("docs/screenshots/home-en.png"));

        shell.switchLanguage("vi");
        shell.signOut();
        assertThat(browser.problems("home")).isEmpty();
    }

    @Test
    void writesThePortalScreenshots() throws Exception {
        // taller than the staff's screens: the whole public page, down to its footer
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1150));
        browser.open("/");
        browser.screenshot(Path.of("docs/screenshots/portal-home-vi.png"));
        assertThat(browser.problems("portal home")).isEmpty();
        browser.open("/en/projects-calling-for-aid");
        browser.driver.findElement(org.openqa.selenium.By.cssSelector(".pt-card-link")).click();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1700));
        browser.screenshot(Path.of("docs/screenshots/portal-need-en.png"));
        assertThat(browser.problems("portal need")).isEmpty();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
    }
}
