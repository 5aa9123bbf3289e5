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
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focal point corrects a submitted dossier in Chromium: the form asks for the reason at its field, and once given,
 * the timeline shows the correction with the changed field, its values before and after, and the reason.
 */
@VientroIntegrationTest
@BrowserTest
class DossierCorrectionBrowserTests {

    private static final String REASON = "Bên tài trợ gửi thư điều chỉnh tổng giá trị";

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    private Chromium browser;
    private ShellPage shell;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start(Chromium browser) throws Exception {
        this.browser = browser;
        shell = new ShellPage(browser);
    }

    @Test
    void theFocalPointCorrectsASubmittedDossierWithAReasonThatTheTimelineShows() throws Exception {
        long id = fixtures.draft(port, team.officer().token(),
                fixtures.projectJson("TECHNICAL_ASSISTANCE", "Dự án đính chính trên trình duyệt", "240000", "USD"));
        fixtures.moveTo(port, id, AidStatus.SUBMITTED);
        shell.signIn(team.focal().username(), Staff.PASSWORD);
        browser.open("/app/aid/items/" + id);
        browser.click("#edit-item");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("reason")));
        problems.addAll(browser.problems("correction form"));

        WebElement total = browser.byId("totalAmount");
        total.clear();
        total.sendKeys("999.999");
        browser.click("#save-item");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("reason-error")));
        assertThat(browser.byId("reason-error").getText()).contains("Nhập lý do đính chính hồ sơ");
        assertThat(browser.byId("totalAmount").getAttribute("value")).as("what was typed is kept")
                .isEqualTo("999.999");

        browser.byId("reason").sendKeys(REASON);
        browser.click("#save-item");
        browser.await(ExpectedConditions.urlMatches(".*/app/aid/items/" + id + "$"));
        browser.open("/app/aid/items/" + id + "?tab=timeline");
        problems.addAll(browser.problems("timeline"));
        WebElement correction = browser.driver.findElement(By.cssSelector(".aid-correction"));
        assertThat(correction.getText()).contains("Đính chính hồ sơ")
                .contains("Giá trị viện trợ: 240.000,00 USD → 999.999,00 USD").contains(REASON);
        assertThat(problems).isEmpty();
    }
}
