package vn.vientro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.InspectionPlans;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * An inspector makes an inspection's field work available offline, loses the network (Chrome's own offline
 * emulation, through the DevTools protocol), reloads the page from the service worker's copy, answers the checklist
 * and records a finding into the outbox. Meanwhile a colleague saves the same checklist point through the API. Back
 * online, the outbox syncs: the finding is recorded, the point the colleague did not touch is saved, and the two
 * fields both changed are shown theirs beside mine; the inspector keeps their result and the colleague's note, and
 * the API shows exactly that.
 */
@VientroIntegrationTest
@BrowserTest
class FieldWorkBrowserTests {

    private static final String FOUND = "Kho vật tư không có sổ theo dõi xuất nhập";
    private static final String MY_NOTE = "Thiếu chứng từ chi tháng 9";
    private static final String THEIR_NOTE = "Đã đối chiếu sổ quỹ với ngân hàng";

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
    void workDoneOfflineSyncsAndAConflictIsResolvedFieldByField() throws Exception {
        long item = new AidFixtures(team).projectIn(port, "Dự án kiểm tra ngoại tuyến", AidStatus.APPROVED);
        Staff inspector = Staff.appraiser();
        Staff colleague = Staff.police();
        long inspection = InspectionPlans.ofItem(port, team.focal(), item, "Kiểm tra thực địa vùng sâu",
                List.of(inspector, colleague));
        assertThat(InspectionPlans.step(port, inspection, "start", inspector, null).statusCode()).isEqualTo(200);
        JsonNode started = InspectionPlans.get(port, inspection, inspector);
        String first = started.path("checklist").get(0).path("code").asString();
        String second = started.path("checklist").get(1).path("code").asString();

        shell.signIn(inspector.username(), Staff.PASSWORD);
        browser.open("/app/monitoring/inspections/" + inspection);
        browser.clickThrough(By.id("field-work-link"));
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("fieldwork-download")));
        awaitServiceWorker();
        browser.press(By.id("fieldwork-download"));
        text("fieldwork-copy", "Đã tải về: trang này dùng được khi mất mạng.");
        assertThat(browser.byId("fieldwork-download").isDisplayed()).isFalse();
        assertInstallable();
        checkCurrent("field work online");

        offline(true);
        text("fieldwork-network", "Ngoại tuyến");
        HttpResponse<String> theirs = WebClient.api(port, "PUT", "/api/v1/inspections/" + inspection + "/checklist",
                colleague.token(), """
                {"version": %d, "checklist": [{"code": "%s", "result": "MET", "note": "%s"}]}"""
                        .formatted(started.path("version").asLong(), first, THEIR_NOTE));
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);

        browser.driver.navigate().refresh();
        text("fieldwork-network", "Ngoại tuyến");
        assertThat(browser.byId("fieldwork-checklist").getAttribute("data-version"))
                .as("the page comes from the offline copy, not the server that saw the colleague's answer")
                .isEqualTo(started.path("version").asString());
        new Select(browser.byId("check-0-result")).selectByValue("NOT_MET");
        browser.byId("check-0-note").sendKeys(MY_NOTE, Keys.TAB);
        new Select(browser.byId("check-1-result")).selectByValue("NOT_APPLICABLE");
        new Select(browser.byId("category")).selectByValue("DOCUMENTATION");
        new Select(browser.byId("severity")).selectByValue("SIGNIFICANT");
        browser.byId("description").sendKeys(FOUND);
        browser.press(By.cssSelector("#fieldwork-finding-form button[type=submit]"));
        text("fieldwork-outbox", "4 thay đổi chờ đồng bộ");
        assertThat(browser.byId("fieldwork-pending").getText()).contains(FOUND, "Chờ đồng bộ");
        checkCurrent("field work offline");

        offline(false);
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("fieldwork-conflicts")));
        String conflicts = browser.byId("fieldwork-conflicts").getText();
        assertThat(conflicts).contains("Trước đó: Chưa kiểm tra", "Người khác đã lưu\nĐạt",
                "Bạn nhập khi ngoại tuyến\nKhông đạt", "Trước đó: (để trống)", "Người khác đã lưu\n" + THEIR_NOTE,
                "Bạn nhập khi ngoại tuyến\n" + MY_NOTE).doesNotContain("Không áp dụng");
        assertThat(browser.byId("fieldwork-checklist").findElement(By.cssSelector("tr[data-code] .fieldwork-state"))
                .getText()).isEqualTo("Xung đột: chọn ở trên");
        assertThat(browser.byId("fieldwork-conflict-fields").findElements(By.tagName("fieldset"))).hasSize(2);
        text("fieldwork-message", "Chờ bạn chọn giá trị cho 2 mục xung đột bên dưới.");
        // the point no one else changed waits to be saved with the choices, at the version they are made against
        text("fieldwork-outbox", "3 thay đổi chờ đồng bộ");
        browser.driver.executeScript("document.getElementById('fieldwork').scrollIntoView({behavior: 'instant'})");
        browser.screenshot(Path.of("target/screenshots/fieldwork-conflict-vi.png"));
        checkCurrent("field work conflict");

        browser.press(By.id("conflict-0-mine"));
        browser.press(By.id("conflict-1-theirs"));
        browser.press(By.cssSelector("#fieldwork-conflict-form button[type=submit]"));
        text("fieldwork-outbox", "Không có thay đổi nào chờ đồng bộ");
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("fieldwork-conflicts")));
        assertThat(browser.byId("fieldwork-findings").getText()).contains(FOUND);
        checkCurrent("field work synced");

        JsonNode saved = InspectionPlans.get(port, inspection, colleague);
        assertThat(point(saved, first).path("result").asString()).isEqualTo("NOT_MET");
        assertThat(point(saved, first).path("note").asString()).isEqualTo(THEIR_NOTE);
        assertThat(point(saved, second).path("result").asString()).isEqualTo("NOT_APPLICABLE");
        HttpResponse<String> findings = WebClient.api(port, "GET", "/api/v1/inspections/" + inspection + "/findings",
                colleague.token(), null);
        assertThat(AidFixtures.read(findings.body()).findValuesAsString("description")).containsOnlyOnce(FOUND);
        assertThat(problems).isEmpty();
    }

    /** Chrome's offline emulation: the page's requests and its service worker's fail as without a network. */
    /**
     * Chrome's own offline emulation, as DevTools applies it: to the page (its requests fail, {@code navigator.onLine}
     * turns false and the {@code offline} event fires) and to the service worker, a target of its own that the page's
     * emulation does not reach, through a session attached to it (its answers come back as events, not read here).
     */
    @SuppressWarnings("unchecked")
    private void offline(boolean offline) {
        String conditions = "{\"offline\": %s, \"latency\": 0, \"downloadThroughput\": -1, \"uploadThroughput\": -1}"
                .formatted(offline);
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        Map<String, Object> targets = browser.driver.executeCdpCommand("Target.getTargets", Map.of());
        int workers = 0;
        for (Map<String, Object> target : (List<Map<String, Object>>) targets.get("targetInfos")) {
            if ("service_worker".equals(target.get("type"))) {
                String session = (String) browser.driver.executeCdpCommand("Target.attachToTarget",
                        Map.of("targetId", target.get("targetId"), "flatten", false)).get("sessionId");
                send(session, 1, "Network.enable", "{}");
                send(session, 2, "Network.emulateNetworkConditions", conditions);
                workers++;
            }
        }
        assertThat(workers).as("the field work's service worker runs").isEqualTo(1);
    }

    private void send(String session, int id, String method, String params) {
        browser.driver.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message",
                "{\"id\": %d, \"method\": \"%s\", \"params\": %s}".formatted(id, method, params)));
    }

    /** Chrome reads the manifest in Vietnamese and finds nothing missing to install the page as an app. */
    @SuppressWarnings("unchecked")
    private void assertInstallable() {
        Map<String, Object> manifest = browser.driver.executeCdpCommand("Page.getAppManifest", Map.of());
        assertThat((List<Object>) manifest.get("errors")).as("manifest errors").isEmpty();
        assertThat(String.valueOf(manifest.get("data"))).contains("Vientro – Kiểm tra thực địa: Kiểm tra thực địa vùng sâu");
        browser.await(driver -> ((List<Object>) browser.driver.executeCdpCommand("Page.getInstallabilityErrors",
                Map.of()).get("installabilityErrors")).isEmpty());
    }

    private void awaitServiceWorker() {
        browser.await(driver -> Boolean.TRUE.equals(browser.driver.executeScript(
                "return navigator.serviceWorker.controller !== null")));
    }

    private void text(String id, String words) {
        browser.await(ExpectedConditions.textToBe(By.id(id), words));
    }

    private void checkCurrent(String label) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(label + " — " + v));
        browser.consoleErrors().stream().filter(error -> !theExpectedRefusal(error))
                .forEach(error -> problems.add(label + " — console: " + error));
    }

    /**
     * Chrome logs every 4xx answer to a script's request as an error; the one 409 of the stale checklist is the
     * protocol working (the sync sends the version the inspector started from and learns of the colleague's change
     * from the refusal), and the only answer excused.
     */
    private static boolean theExpectedRefusal(String error) {
        return error.matches(".*/api/v1/inspections/\\d+/checklist - Failed to load resource: the server responded "
                + "with a status of 409 .*");
    }

    private static JsonNode point(JsonNode inspection, String code) {
        for (JsonNode point : inspection.path("checklist")) {
            if (code.equals(point.path("code").asString())) {
                return point;
            }
        }
        throw new AssertionError("no point " + code);
    }
}
