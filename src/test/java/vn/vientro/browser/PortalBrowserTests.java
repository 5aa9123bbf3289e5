package vn.vientro.browser;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Needs;
import vn.vientro.mobilisation.need.CatalogueNeeds;
import vn.vientro.portal.catalogue.PortalForms;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation abroad finds a published need on the English portal and says it is interested, without signing
 * in; the focal point finds the interest in the need's funnel. Every public page on the way is clean and accessible.
 */
@VientroIntegrationTest
@BrowserTest(language = "en")
class PortalBrowserTests {

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
    void aVisitorFindsAPublishedNeedInEnglishAndSendsInterestThatTheFocalPointSeesInTheFunnel() throws Exception {
        int n = Unique.number();
        String title = "Solar lighting for the Muong Ha boarding school " + n;
        Staff proposer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long need = Needs.aNeedOf(proposer).titled("Chiếu sáng năng lượng mặt trời trường bán trú Mường Hạ " + n, title)
                .published(Staff.appraiser());
        byte[] photo = photo();
        proposer.acting(() -> ApplicationUnderTest.bean(CatalogueNeeds.class).attach(need, "school.png", photo));
        Events.settle();
        PortalForms.forgetAddresses();

        browser.open("/");
        check("home (vi)");
        browser.open("/en/");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        check("home (en)");
        browser.clickThrough(By.linkText("See the whole catalogue"));
        check("catalogue (en)");
        browser.clickThrough(By.cssSelector("a[href^='/en/projects-calling-for-aid/" + need + "-']"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.driver.findElements(By.cssSelector("img.pt-photo"))).hasSize(1);
        check("need (en)");
        long opened = System.currentTimeMillis();

        String organisation = "Lumen Foundation " + n;
        fill(Map.of("organisationName", organisation, "contactName", "Maria Rossi", "email", "maria@example.org",
                "message", "We fund solar lighting for rural schools and would like to learn more."));
        new Select(browser.driver.findElement(By.id("country"))).selectByValue("IT");
        // a person takes a few seconds to fill the form; a program that posts at once is refused
        Thread.sleep(Math.max(0, 3_200 - (System.currentTimeMillis() - opened)));
        browser.clickThrough(By.cssSelector("#interest-form button[type=submit]"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you");
        check("thanks (en)");

        shell.signIn(Staff.focalPoint().username(), Staff.PASSWORD);
        browser.open("/app/mobilisation/needs/" + need + "/interests");
        String funnel = browser.driver.findElement(By.id("content")).getText();
        assertThat(funnel).contains(organisation).contains("Maria Rossi").contains("maria@example.org")
                .contains("We fund solar lighting for rural schools");
        check("funnel of the need");
        shell.signOut();
        assertThat(problems).isEmpty();
    }

    private void check(String label) throws IOException {
        problems.addAll(browser.problems(label));
    }

    private void fill(Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement field = browser.driver.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        });
    }

    /** A small picture, as a commune's photo of its school would be. */
    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0x3b7dd8), 0, 300, new Color(0xf2c14e)));
        graphics.fillRect(0, 0, 480, 300);
        graphics.setColor(new Color(0x2e5e1e));
        graphics.fillRect(0, 220, 480, 80);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
