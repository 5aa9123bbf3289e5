package vn.vientro.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.portal.catalogue.PortalForms;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen sends feedback on an aid item's English page without signing in and keeps its codes; the focal point
 * accepts it, assigns it to the item's owner, answers and publishes; the citizen reads the answer with the codes.
 * Every page on the way is clean and accessible.
 */
@VientroIntegrationTest
@BrowserTest(language = "en")
class FeedbackBrowserTests {

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
    void aCitizenSendsFeedbackOnAnItemAndReadsTheAnswerTheFocalPointPublished() throws Exception {
        AidTeam team = new AidTeam();
        AidFixtures aid = new AidFixtures(team);
        String name = "Nước sạch cho trường Mường Khoa " + Unique.number();
        long item = aid.draft(port, team.officer().token(), aid.projectJson("TECHNICAL_ASSISTANCE", name, "80000",
                "USD"));
        aid.moveTo(port, item, AidStatus.IMPLEMENTING);
        Events.settle();
        PortalForms.forgetAddresses();

        browser.open("/en/transparency/" + item);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(name + " (en)");
        check("aid item (en)");
        browser.clickThrough(By.id("feedback-link"));
        assertThat(browser.byId("feedback-subject").getText()).isEqualTo(name + " (en)");
        check("feedback form (en)");
        long opened = System.currentTimeMillis();
        type("name", "Lo Van Minh");
        type("contact", "0977 123 456");
        type("message", "The water tank at the school has leaked since October.");
        // a person takes a few seconds to fill the form; a program that posts at once is refused
        Thread.sleep(Math.max(0, 3_200 - (System.currentTimeMillis() - opened)));
        browser.clickThrough(By.id("feedback-send"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Feedback received");
        String code = browser.byId("feedback-code").getText();
        String check = browser.byId("feedback-check-code").getText();
        assertThat(code).startsWith("PA-");
        check("feedback sent (en)");
        long id = ApplicationUnderTest.bean(JdbcClient.class).sql("select id from portal.feedback where code = :code")
                .param("code", code).query(Long.class).single();

        shell.signIn(team.focal().username(), Staff.PASSWORD);
        browser.open("/app/portal/feedback");
        check("feedback list");
        browser.clickThrough(By.cssSelector("a[href='/app/portal/feedback/" + id + "']"));
        assertThat(browser.byId("feedback-sender").getText()).isEqualTo("Lo Van Minh");
        check("feedback page");
        browser.clickThrough(By.id("accept-button"));
        browser.clickThrough(By.id("assign-button"));
        assertThat(browser.byId("feedback-agency").getText()).isEqualTo(team.owner().nameVi());
        type("answer", "The owner repaired the tank on 2 December; the school has water again.");
        browser.clickThrough(By.id("answer-button"));
        browser.clickThrough(By.id("publish-button"));
        assertThat(browser.byId("feedback-answer").getText()).startsWith("The owner repaired the tank");
        check("feedback page, answer published");
        shell.signOut();

        browser.driver.manage().deleteAllCookies();
        browser.open("/en/feedback/track");
        check("feedback tracking (en)");
        type("code", code);
        type("checkCode", check);
        browser.clickThrough(By.id("feedback-track-submit"));
        assertThat(browser.byId("feedback-stage").getText()).isEqualTo("Answered");
        assertThat(browser.byId("feedback-answer").getText())
                .isEqualTo("The owner repaired the tank on 2 December; the school has water again.");
        assertThat(browser.mainText()).doesNotContain("Lo Van Minh").doesNotContain("0977 123 456");
        check("feedback answered (en)");
        assertThat(problems).isEmpty();
    }

    private void check(String label) throws IOException {
        problems.addAll(browser.problems(label));
    }

    private void type(String id, String value) {
        WebElement field = browser.byId(id);
        field.clear();
        field.sendKeys(value);
    }

}
