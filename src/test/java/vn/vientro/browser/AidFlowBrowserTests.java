package vn.vientro.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An aid item end to end in the browser: the health department's officer drafts and submits it with its papers, the
 * appraisal lead asks the police and the finance department, both answer, the leader approves, the officer records a
 * disbursement — and never sees the police's opinion.
 */
@VientroIntegrationTest
@BrowserTest
class AidFlowBrowserTests {

    private static final String NAME = "Dự án phục hồi chức năng thử nghiệm trên trình duyệt";
    private static final List<String> PAPERS = List.of("REQUEST_FOR_APPROVAL", "DONOR_COMMITMENT", "PROJECT_DOCUMENT",
            "DONOR_LEGAL_STATUS", "VIETNAMESE_TRANSLATION");

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    private Chromium browser;
    private ShellPage shell;
    private Path paper;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start(Chromium browser) throws Exception {
        this.browser = browser;
        shell = new ShellPage(browser);
        paper = Files.createTempFile("giay-to-", ".docx");
        Files.write(paper, Samples.docx("Văn bản thử nghiệm"));
    }

    @AfterAll
    void stop() throws Exception {
        Files.deleteIfExists(paper);
    }

    @Test
    void officerSubmitsAppraiserConsultsPoliceAndFinanceAnswerLeaderApprovesOfficerRecordsADisbursement()
            throws Exception {
        team.donor(); // the form offers the donor, so it is registered first
        shell.signIn(team.officer().username(), Staff.PASSWORD);
        String item = draft();
        for (String code : PAPERS) {
            upload(item, code);
        }
        move(item, "submit");

        switchTo("appraiser");
        move(item, "open-appraisal");
        long police = ProvinceAgencies.police().id(); // the tab offers the agencies there are when drawn
        long finance = ProvinceAgencies.finance().id();
        browser.open(item + "?tab=appraisal");
        problems.addAll(browser.problems("appraisal tab"));
        for (WebElement box : browser.driver.findElements(By.cssSelector("#request-opinions input[name=agencyId]"))) {
            boolean wanted = box.getAttribute("value").equals(Long.toString(police))
                    || box.getAttribute("value").equals(Long.toString(finance));
            if (box.isSelected() != wanted) {
                browser.driver.executeScript("arguments[0].click()", box);
            }
        }
        browser.click("#request-submit");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("opinions")));

        switchTo("police");
        answer(item, "AGREE", "Không phát hiện vấn đề về an ninh, trật tự tại địa bàn.");
        switchTo("appraiser");
        answer(item, "AGREE_WITH_CONDITIONS", "Bố trí vốn đối ứng trong dự toán năm sau.");
        upload(item, "APPRAISAL_REPORT");
        browser.open(item + "/transitions/conclude-appraisal");
        new Select(browser.byId("recommendation")).selectByValue("APPROVE");
        browser.byId("reason").sendKeys("Đủ điều kiện phê duyệt; các cơ quan thống nhất.");
        submitMove(item);
        browser.open(item + "/transitions/propose-decision");
        browser.byId("referenceNumber").sendKeys("88/TTr-STC");
        submitMove(item);

        switchTo("leader");
        browser.open(item + "/transitions/approve");
        problems.addAll(browser.problems("approval form"));
        browser.byId("referenceNumber").sendKeys("1234/QĐ-UBND");
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.byId("referenceDate"),
                Today.inProvince().toString());
        browser.byId("signer").sendKeys("Vũ Đức Lãnh");
        submitMove(item);
        assertThat(browser.mainText()).contains("Đã phê duyệt").contains("1234/QĐ-UBND");

        switchTo("officer");
        browser.open(item + "?tab=money");
        problems.addAll(browser.problems("money tab"));
        new Select(browser.byId("kind")).selectByValue("DISBURSEMENT");
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.byId("valueDate"), Today.inProvince().toString());
        browser.byId("amount").sendKeys("30.000");
        browser.byId("currency").clear();
        browser.byId("currency").sendKeys("USD");
        browser.click("form[action$='/money'] button[type=submit]");
        browser.await(ExpectedConditions.urlContains("tab=money"));
        problems.addAll(browser.problems("money recorded"));
        assertThat(browser.mainText()).contains("30.000,00 USD");

        browser.open(item + "?tab=appraisal");
        problems.addAll(browser.problems("appraisal tab as the officer"));
        assertThat(browser.mainText()).doesNotContain("Công an tỉnh").doesNotContain("an ninh, trật tự");
        assertThat(problems).isEmpty();
    }

    private String draft() throws Exception {
        String governing = Long.toString(team.governing().id()); // the form lists the agencies there are when drawn
        browser.open("/app/aid/items/new");
        problems.addAll(browser.problems("item form"));
        new Select(browser.byId("kind")).selectByValue("TECHNICAL_ASSISTANCE");
        browser.byId("nameVi").sendKeys(NAME);
        browser.byId("objectivesVi").sendKeys("Phục hồi chức năng dựa vào cộng đồng");
        new Select(browser.byId("donorId")).selectByValue(Long.toString(team.donor().id()));
        new Select(browser.byId("ownerAgencyId")).selectByValue(Long.toString(team.owner().id()));
        new Select(browser.byId("governingAgencyId")).selectByValue(governing);
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.byId("plannedStart"), "2027-01-01");
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.byId("plannedEnd"), "2028-12-31");
        browser.byId("totalAmount").sendKeys("120.000");
        pick("sectors", "suc khoe ban dau", "12220");
        String commune = fixtures.communes(1).get(0);
        AdminUnit place = ApplicationUnderTest.bean(AdminUnits.class).find(UnitSet.CURRENT, commune).orElseThrow();
        pick("locations", place.nameVi(), commune);
        browser.click("#parties-add");
        new Select(browser.byId("parties-role-0")).selectByValue("LOCAL_PARTNER");
        browser.byId("parties-name-0").sendKeys("Hội Chữ thập đỏ tỉnh");
        browser.click("form[action='/app/aid/items/new'] button[type=submit]");
        browser.await(ExpectedConditions.urlMatches(".*/app/aid/items/\\d+$"));
        problems.addAll(browser.problems("item page"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(NAME);
        String item = browser.driver.getCurrentUrl().replace(browser.baseUrl, "");
        browser.open(item + "?tab=places");
        assertThat(browser.mainText()).as("the sector and the commune picked by name")
                .contains("Chăm sóc sức khỏe ban đầu").contains(place.fullNameVi());
        browser.open(item + "?tab=parties");
        assertThat(browser.mainText()).contains("Hội Chữ thập đỏ tỉnh").contains("Đối tác địa phương");
        browser.open(item);
        return browser.driver.getCurrentUrl().replace(browser.baseUrl, "");
    }

    /**
     * Picks one entry of a form's picker by searching its name as an official types it (no diacritics needed); the
     * share it gets is what is left to 100 %.
     */
    private void pick(String field, String typed, String code) {
        browser.byId(field + "-search").sendKeys(typed);
        String choice = "#" + field + "-results button[data-code='" + code + "']";
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(choice)));
        browser.click(choice);
        browser.await(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-picker] .vt-picked tr[data-code='" + code + "']")));
    }

    private void upload(String item, String code) throws Exception {
        browser.open(item + "?tab=dossier");
        browser.byId("file-" + code).sendKeys(paper.toString());
        browser.click("#doc-" + code + " form.dossier-upload button[type=submit]");
        browser.await(ExpectedConditions.urlContains("tab=dossier"));
        problems.addAll(browser.problems("dossier after " + code));
    }

    private void move(String item, String action) throws Exception {
        browser.open(item + "/transitions/" + action);
        problems.addAll(browser.problems("move " + action));
        submitMove(item);
    }

    private void submitMove(String item) {
        browser.click("form[action$='/transitions/" + browser.driver.getCurrentUrl().replaceAll(".*/transitions/", "")
                .replaceAll("\\?.*", "") + "'] button[type=submit]");
        browser.await(ExpectedConditions.urlContains(item + "?tab=timeline"));
    }

    private void answer(String item, String answer, String text) throws Exception {
        browser.open("/app/aid/opinions");
        problems.addAll(browser.problems("opinions to give"));
        String itemId = item.replaceAll(".*/", "");
        WebElement link = browser.driver.findElement(By.cssSelector("a.answer-link[href*='/app/aid/items/" + itemId
                + "/opinions/']"));
        browser.driver.executeScript("arguments[0].click()", link);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
        problems.addAll(browser.problems("answer form"));
        new Select(browser.byId("answer")).selectByValue(answer);
        browser.byId("answerText").sendKeys(text);
        browser.click("#answer-form button[type=submit]");
        browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/answer")));
    }

    private void switchTo(String user) {
        shell.signOut();
        shell.signIn(team.named(user).username(), Staff.PASSWORD);
    }
}
