package vn.vientro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.Duties;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.testing.VientroIntegrationTest;

/** An overdue report appears for the focal point; the owner's officer submits it; the focal point accepts it. */
@VientroIntegrationTest
@BrowserTest
class ReportReviewBrowserTests {

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
    void anOverdueReportIsSubmittedByItsOwnerAndAcceptedByTheFocalPoint() throws Exception {
        long item = new AidFixtures(team).projectIn(port, "Dự án nộp báo cáo trên trình duyệt", AidStatus.APPROVED);
        long duty = Duties.first(port, team, item, DutyKind.PROGRESS_HALF_YEAR);
        String report = "/app/monitoring/duties/" + duty + "/report";

        shell.signIn(team.focal().username(), Staff.PASSWORD);
        browser.open("/app/monitoring/duties?status=OVERDUE&item=" + item);
        WebElement link = browser.driver.findElement(By.cssSelector("a[href='" + report + "']"));
        assertThat(link.findElement(By.xpath("ancestor::tr")).getText()).contains("Quá hạn",
                "Báo cáo tình hình thực hiện 6 tháng");
        checkCurrent("overdue duties");
        shell.signOut();

        shell.signIn(team.officer().username(), Staff.PASSWORD);
        browser.open(report);
        assertThat(browser.byId("report-status").getText()).isEqualTo("Chưa lập");
        checkCurrent("report form");
        browser.byId("activities").sendKeys("Đã tổ chức 4 lớp tập huấn cho 120 phụ nữ dân tộc thiểu số.");
        Path scan = Files.createTempFile("bao-cao-ky-", ".pdf");
        Files.write(scan, Samples.pdf("bao cao 6 thang"));
        browser.byId("signedFile").sendKeys(scan.toString());
        browser.clickThrough(By.cssSelector("button[name=submit]"));
        assertThat(browser.byId("report-status").getText()).isEqualTo("Đã nộp, chờ xem xét");
        assertThat(browser.mainText()).contains("Lần nộp 1", "Nộp trễ");
        checkCurrent("report submitted");
        shell.signOut();

        shell.signIn(team.focal().username(), Staff.PASSWORD);
        browser.open(report);
        browser.byId("comments").sendKeys("Báo cáo đầy đủ.");
        browser.clickThrough(By.cssSelector("button[value=ACCEPT]"));
        assertThat(browser.byId("report-status").getText()).isEqualTo("Đã chấp nhận");
        checkCurrent("report accepted");
        browser.open("/app/monitoring/duties?item=" + item);
        assertThat(browser.driver.findElement(By.cssSelector("a[href='" + report + "']"))
                .findElement(By.xpath("ancestor::tr")).getText()).contains("Đã chấp nhận");
        shell.signOut();
        assertThat(problems).isEmpty();
    }

    private void checkCurrent(String label) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(label + " — " + v));
        browser.consoleErrors().forEach(error -> problems.add(label + " — console: " + error));
    }
}
