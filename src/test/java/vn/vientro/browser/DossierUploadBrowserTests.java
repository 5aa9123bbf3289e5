package vn.vientro.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's officer puts three files into a dossier in one go: each gets its document, its progress and its
 * outcome in words, a refused one says why, and the checklist is redrawn without the page being reloaded.
 */
@VientroIntegrationTest
@BrowserTest
class DossierUploadBrowserTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    private Chromium browser;
    private ShellPage shell;
    private final List<String> problems = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    @BeforeAll
    void start(Chromium browser) throws Exception {
        this.browser = browser;
        shell = new ShellPage(browser);
        files.add(written("de-nghi-", ".pdf", Samples.pdf("Văn bản đề nghị")));
        files.add(written("van-kien-", ".docx", Samples.docx("Văn kiện dự án")));
        files.add(written("chuong-trinh-", ".pdf", Samples.exe()));
    }

    @AfterAll
    void stop() throws Exception {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void severalFilesGoInOneStepWithTheirProgressAndNoReload() throws Exception {
        long id = fixtures.draft(port, team.officer().token(),
                fixtures.projectJson("TECHNICAL_ASSISTANCE", "Dự án tải nhiều tệp trên trình duyệt", "50000", "USD"));
        shell.signIn(team.officer().username(), Staff.PASSWORD);
        browser.open("/app/aid/items/" + id + "?tab=dossier");
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-batch")));
        problems.addAll(browser.problems("dossier tab with the several-files panel"));
        browser.driver.executeScript("window.vientroNotReloaded = true");
        String requestBefore = state("REQUEST_FOR_APPROVAL");
        String documentBefore = state("PROJECT_DOCUMENT");

        browser.byId("batch-files").sendKeys(String.join("\n", files.stream().map(Path::toString).toList()));
        browser.await(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#batch-list tbody tr"), 3));
        new Select(browser.byId("batch-type-0")).selectByValue("REQUEST_FOR_APPROVAL");
        new Select(browser.byId("batch-type-1")).selectByValue("PROJECT_DOCUMENT");
        new Select(browser.byId("batch-type-2")).selectByValue("DONOR_COMMITMENT");
        browser.click("#batch-start");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-summary"), "Đã xong"));

        assertThat(browser.byId("batch-summary").getText()).contains("2 tệp được lưu, 1 tệp bị từ chối");
        List<String> outcomes = browser.driver.findElements(By.cssSelector("#batch-list .batch-outcome")).stream()
                .map(cell -> cell.getText()).toList();
        assertThat(outcomes.get(0)).startsWith("Đã tải lên «de-nghi-");
        assertThat(outcomes.get(1)).startsWith("Đã tải lên «van-kien-");
        assertThat(outcomes.get(2)).startsWith("Loại tệp không được chấp nhận");
        assertThat(state("REQUEST_FOR_APPROVAL")).as("the checklist redrawn").isEqualTo(nextVersion(requestBefore));
        assertThat(state("PROJECT_DOCUMENT")).isEqualTo(nextVersion(documentBefore));
        assertThat(browser.driver.executeScript("return window.vientroNotReloaded === true"))
                .as("the page was not reloaded").isEqualTo(true);
        problems.addAll(browser.problems("dossier tab after the uploads"));
        assertThat(problems).isEmpty();
    }

    private String state(String type) {
        return browser.driver.findElement(By.cssSelector("#doc-" + type + " .dossier-state")).getText();
    }

    /** "✘ Còn thiếu" becomes version 1, "✔ Đã có (phiên bản 1)" version 2. */
    private static String nextVersion(String state) {
        int version = state.startsWith("✔") ? Integer.parseInt(state.replaceAll("\\D", "")) : 0;
        return "✔ Đã có (phiên bản " + (version + 1) + ")";
    }

    private static Path written(String prefix, String suffix, byte[] content) throws Exception {
        Path file = Files.createTempFile(prefix, suffix);
        Files.write(file, content);
        return file;
    }
}
