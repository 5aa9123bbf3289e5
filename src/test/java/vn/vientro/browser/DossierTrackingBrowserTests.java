package vn.vientro.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aid owner's officer reads the receipt and check codes of a submitted dossier on its page and on the printable
 * slip; an anonymous visitor types them on the English portal and reads where the dossier stands. Every page on the
 * way is clean and accessible.
 */
@VientroIntegrationTest
@BrowserTest(language = "en")
class DossierTrackingBrowserTests {

    @LocalServerPort
    int port;

    private final AidTeam team = new AidTeam();
    private Chromium browser;
    private ShellPage shell;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void startBrowser(Chromium browser) throws Exception {
        this.browser = browser;
        shell = new ShellPage(browser);
    }

    @Test
    void theOwnerReadsTheCodesOnTheSlipAndAVisitorFollowsTheDossierOnTheEnglishPortal() throws Exception {
        AidFixtures fixtures = new AidFixtures(team);
        long id = fixtures.draftProject(port, "Dự án theo dõi bằng phiếu tiếp nhận " + System.nanoTime());
        fixtures.moveOk(port, team.officer().token(), id, "submit", "");
        Events.settle();

        shell.signIn(team.officer().username(), Staff.PASSWORD);
        browser.open("/app/aid/items/" + id);
        String code = browser.driver.findElement(By.id("receipt-code")).getText();
        String check = browser.driver.findElement(By.id("receipt-check")).getText();
        check("item page");
        browser.open("/app/aid/items/" + id + "/receipt");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("PHIẾU TIẾP NHẬN HỒ SƠ");
        assertThat(browser.driver.findElement(By.id("receipt-code")).getText()).isEqualTo(code);
        assertThat(browser.driver.findElement(By.id("check-code")).getText()).isEqualTo(check);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.open("/app");
        shell.signOut();

        browser.open("/en/");
        browser.clickThrough(By.linkText("Dossier tracking"));
        check("tracking form (en)");
        browser.driver.findElement(By.id("receiptCode")).sendKeys(code);
        browser.driver.findElement(By.id("checkCode")).sendKeys("WRONG234");
        browser.clickThrough(By.id("tracking-submit"));
        assertThat(browser.driver.findElement(By.cssSelector("#tracking-form .alert-danger")).getText())
                .contains("No dossier matches");
        check("tracking refused (en)");
        browser.driver.findElement(By.id("checkCode")).clear();
        browser.driver.findElement(By.id("checkCode")).sendKeys(check);
        browser.clickThrough(By.id("tracking-submit"));
        assertThat(browser.driver.findElement(By.id("tracking-current")).getText()).isEqualTo("Dossier received");
        check("tracking result (en)");
        assertThat(problems).isEmpty();
    }

    private void check(String where) throws Exception {
        problems.addAll(browser.problems(where));
    }
}
