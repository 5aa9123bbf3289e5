package vn.vientro.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An aid item end to end in the browser: the health department's officer drafts and submits it with its papers, the
 * appraisal lead asks the police and the finance department, both answer, the leader approves, the officer records a
 * disbursement — and never sees the police's opinion.
 */
@VientroIntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AidFlowBrowserTests {

    private static final String NAME = "Dự án phục hồi chức năng thử nghiệm trên trình duyệt";
    private static final List<String> PAPERS = List.of("REQUEST_FOR_APPROVAL", "DONOR_COMMITMENT", "PROJECT_DOCUMENT",
            "DONOR_LEGAL_STATUS", "VIETNAMESE_TRANSLATION");

    @LocalServerPort
    int port;

    @Autowired
    AidFixtures fixtures;

    private Chromium browser;
    private ShellPage shell;
    private Path paper;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        browser = new Chromium(port);
        shell = new ShellPage(browser);
        paper = Files.createTempFile("giay-to-", ".docx");
        Files.write(paper, Samples.docx("Văn bản thử nghiệm"));
    }

    @AfterAll
    void stop() throws Exception {
        browser.close();
        Files.deleteIfExists(paper);
    }

    @Test
    void officerSubmitsAppraiserConsultsPoliceAndFinanceAnswerLeaderApprovesOfficerRecordsADisbursement()
            throws Exception {
        shell.signIn("officer", WebClient.DEMO_PASSWORD);
        String item = draft();
        for (String code : PAPERS) {
            upload(item, code);
        }
        move(item, "submit");

        switchTo("appraiser");
        move(item, "open-appraisal");
        browser.open(item + "?tab=appraisal");
        check("appraisal tab");
        long police = fixtures.agency("CA-TINH");
        long finance = fixtures.agency("STC");
        for (WebElement box : browser.driver.findElements(By.cssSelector("#request-opinions input[name=agencyId]"))) {
            boolean wanted = box.getAttribute("value").equals(Long.toString(police))
                    || box.getAttribute("value").equals(Long.toString(finance));
            if (box.isSelected() != wanted) {
                browser.driver.executeScript("arguments[0].click()", box);
            }
        }
        click("#request-submit");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("opinions")));

        switchTo("police");
        answer(item, "AGREE", "Không phát hiện vấn đề về an ninh, trật tự tại địa bàn.");
        switchTo("appraiser");
        answer(item, "AGREE_WITH_CONDITIONS", "Bố trí vốn đối ứng trong dự toán năm sau.");
        upload(item, "APPRAISAL_REPORT");
        browser.open(item + "/transitions/conclude-appraisal");
        new Select(find("recommendation")).selectByValue("APPROVE");
        find("reason").sendKeys("Đủ điều kiện phê duyệt; các cơ quan thống nhất.");
        submitMove(item);
        browser.open(item + "/transitions/propose-decision");
        find("referenceNumber").sendKeys("88/TTr-STC");
        submitMove(item);

        switchTo("leader");
        browser.open(item + "/transitions/approve");
        check("approval form");
        find("referenceNumber").sendKeys("1234/QĐ-UBND");
        browser.driver.executeScript("arguments[0].value = arguments[1]", find("referenceDate"),
                LocalDate.now().toString());
        find("signer").sendKeys("Vũ Đức Lãnh");
        submitMove(item);
        assertThat(text()).contains("Đã phê duyệt").contains("1234/QĐ-UBND");

        switchTo("officer");
        browser.open(item + "?tab=money");
        check("money tab");
        new Select(find("kind")).selectByValue("DISBURSEMENT");
        browser.driver.executeScript("arguments[0].value = arguments[1]", find("valueDate"), LocalDate.now().toString());
        find("amount").sendKeys("30.000");
        find("currency").clear();
        find("currency").sendKeys("USD");
        click("form[action$='/money'] button[type=submit]");
        wait(ExpectedConditions.urlContains("tab=money"));
        check("money recorded");
        assertThat(text()).contains("30.000,00 USD");

        browser.open(item + "?tab=appraisal");
        check("appraisal tab as the officer");
        assertThat(text()).doesNotContain("Công an tỉnh").doesNotContain("an ninh, trật tự");
        assertThat(problems).isEmpty();
    }

    private String draft() throws Exception {
        browser.open("/app/aid/items/new");
        check("item form");
        new Select(find("kind")).selectByValue("TECHNICAL_ASSISTANCE");
        find("nameVi").sendKeys(NAME);
        find("objectivesVi").sendKeys("Phục hồi chức năng dựa vào cộng đồng");
        new Select(find("donorId")).selectByValue(Long.toString(fixtures.organisation("VNAH")));
        new Select(find("ownerAgencyId")).selectByValue(Long.toString(fixtures.agency("SYT")));
        new Select(find("governingAgencyId")).selectByValue(Long.toString(fixtures.agency("UBND-TINH")));
        browser.driver.executeScript("arguments[0].value = arguments[1]", find("plannedStart"), "2027-01-01");
        browser.driver.executeScript("arguments[0].value = arguments[1]", find("plannedEnd"), "2028-12-31");
        find("totalAmount").sendKeys("120.000");
        find("sectors").sendKeys("12220 100");
        find("locations").sendKeys(fixtures.communes(1).get(0) + " 100");
        click("form[action='/app/aid/items/new'] button[type=submit]");
        wait(ExpectedConditions.urlMatches(".*/app/aid/items/\\d+$"));
        check("item page");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(NAME);
        return browser.driver.getCurrentUrl().replace(browser.baseUrl, "");
    }

    private void upload(String item, String code) throws Exception {
        browser.open(item + "?tab=dossier");
        find("file-" + code).sendKeys(paper.toString());
        click("#doc-" + code + " form.dossier-upload button[type=submit]");
        wait(ExpectedConditions.urlContains("tab=dossier"));
        check("dossier after " + code);
    }

    private void move(String item, String action) throws Exception {
        browser.open(item + "/transitions/" + action);
        check("move " + action);
        submitMove(item);
    }

    private void submitMove(String item) {
        click("form[action$='/transitions/" + browser.driver.getCurrentUrl().replaceAll(".*/transitions/", "")
                .replaceAll("\\?.*", "") + "'] button[type=submit]");
        wait(ExpectedConditions.urlContains(item + "?tab=timeline"));
    }

    private void answer(String item, String answer, String text) throws Exception {
        browser.open("/app/aid/opinions");
        check("opinions to give");
        String itemId = item.replaceAll(".*/", "");
        WebElement link = browser.driver.findElement(By.cssSelector("a.answer-link[href*='/app/aid/items/" + itemId
                + "/opinions/']"));
        browser.driver.executeScript("arguments[0].click()", link);
        wait(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
        check("answer form");
        new Select(find("answer")).selectByValue(answer);
        find("answerText").sendKeys(text);
        click("#answer-form button[type=submit]");
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/answer")));
    }

    private void switchTo(String user) {
        shell.signOut();
        shell.signIn(user, WebClient.DEMO_PASSWORD);
    }

    private WebElement find(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void click(String css) {
        browser.driver.executeScript("arguments[0].click()", browser.driver.findElement(By.cssSelector(css)));
    }

    private String text() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(condition);
    }

    private void check(String where) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(where + " — " + v));
        browser.consoleErrors().forEach(e -> problems.add(where + " — console: " + e));
    }
}
