package vn.vientro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

/**
 * The focal point plans an inspection of an item; the inspector of its team starts it, records a finding the owner
 * cannot read yet, and concludes it; then the owner's officer reads the finding.
 */
@VientroIntegrationTest
@BrowserTest
class InspectionBrowserTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String FOUND = "Sổ sách thu chi chưa cập nhật từ tháng 9";

    static final AidTeam team = new AidTeam();

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
    void anInspectionIsPlannedCarriedOutAndItsFindingReachesTheOwnerOnceConcluded() throws Exception {
        long item = new AidFixtures(team).projectIn(port, "Dự án kiểm tra trên trình duyệt", AidStatus.APPROVED);
        Staff inspector = Staff.appraiser();

        shell.signIn(team.focal().username(), Staff.PASSWORD);
        browser.open("/app/monitoring/inspections/new");
        checkCurrent("plan form");
        browser.byId("title").sendKeys("Kiểm tra định kỳ trên trình duyệt");
        new Select(browser.byId("type")).selectByValue("SCHEDULED");
        new Select(browser.byId("subjectKind")).selectByValue("AID_ITEM");
        new Select(browser.byId("aidItemId")).selectByValue(Long.toString(item));
        browser.byId("startsOn").sendKeys(LocalDate.now().format(DAY));
        browser.byId("endsOn").sendKeys(LocalDate.now().plusDays(2).format(DAY));
        browser.press(By.id("team-" + inspector.id()));
        browser.byId("outsideMembers").sendKeys("Hà Văn Dân, Ban Thanh tra nhân dân");
        browser.clickThrough(By.cssSelector("#content form button[type=submit]"));
        status("Theo kế hoạch");
        String page = browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        signOut();

        shell.signIn(inspector.username(), Staff.PASSWORD);
        browser.open(page);
        browser.clickThrough(By.xpath("//button[normalize-space()='Bắt đầu kiểm tra']"));
        status("Đang kiểm tra");
        new Select(browser.byId("category")).selectByValue("FINANCE");
        new Select(browser.byId("severity")).selectByValue("SIGNIFICANT");
        browser.byId("description").sendKeys(FOUND);
        browser.clickThrough(By.cssSelector("#finding-form button[type=submit]"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), FOUND));
        assertThat(browser.mainText()).contains(FOUND, "Giữ kín cho đến khi kết luận");
        checkCurrent("inspection under way");
        signOut();

        shell.signIn(team.officer().username(), Staff.PASSWORD);
        browser.open(page);
        assertThat(browser.mainText()).doesNotContain(FOUND)
                .contains("Các phát hiện được giữ kín cho đến khi có kết luận kiểm tra");
        signOut();

        shell.signIn(inspector.username(), Staff.PASSWORD);
        browser.open(page);
        browser.byId("conclusion").sendKeys("Đề nghị cập nhật sổ sách trong 30 ngày.");
        browser.clickThrough(By.xpath("//button[normalize-space()='Kết luận cuộc kiểm tra']"));
        status("Đã kết luận");
        signOut();

        shell.signIn(team.officer().username(), Staff.PASSWORD);
        browser.open(page);
        assertThat(browser.mainText()).contains(FOUND, "Đề nghị cập nhật sổ sách trong 30 ngày.");
        checkCurrent("concluded inspection");
        signOut();
        assertThat(problems).isEmpty();
    }

    /** Waits for the page the last click led to, showing the inspection in this status. */
    private void status(String words) {
        browser.await(ExpectedConditions.textToBe(By.id("inspection-status"), words));
    }

    /** Signs out from the top of the page: a form's answer lands at its anchor, with the header scrolled away. */
    private void signOut() {
        browser.driver.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
        shell.signOut();
    }

    private void checkCurrent(String label) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(label + " — " + v));
        browser.consoleErrors().forEach(error -> problems.add(label + " — console: " + error));
    }
}
