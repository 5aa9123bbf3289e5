package vn.vientro.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Needs;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune officer proposes a need and submits it; the appraisal lead accepts it into the compiled list. Once the
 * catalogue is approved, the focal point records an organisation's interest and its pledge, and starts the aid item's
 * dossier from the pledge.
 */
@VientroIntegrationTest
@BrowserTest
class NeedProposalBrowserTests {

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
    void aCommuneOfficerProposesAndSubmitsANeedAndTheAppraisalLeadAcceptsIt() throws Exception {
        String title = "Kè chống sạt lở bờ suối thôn Nà Hang " + Unique.number();
        Staff officer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        shell.signIn(officer.username(), Staff.PASSWORD);
        browser.open("/app/mobilisation/needs");
        browser.clickThrough(By.linkText("Đề xuất dự án"));
        checkCurrent("new need");
        browser.clickThrough(By.cssSelector("form[action$='/new'] button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("titleVi-error")).getText())
                .isEqualTo("Nhập tên dự án bằng tiếng Việt.");
        checkCurrent("new need (errors)");
        fill(Map.ofEntries(Map.entry("titleVi", title), Map.entry("titleEn", "Nà Hang stream bank protection"),
                Map.entry("summaryVi", "Xây 400 m kè đá hộc bảo vệ 60 hộ ven suối."),
                Map.entry("summaryEn", "400 m of stone embankment protecting 60 households."),
                Map.entry("objectivesVi", "Không còn hộ nào phải di dời vì sạt lở."),
                Map.entry("objectivesEn", "No household displaced by landslides."),
                Map.entry("sectors", "41010"), Map.entry("communes", Needs.commune()),
                Map.entry("beneficiariesTotal", "260"), Map.entry("estimatedCost", "7500000000"),
                Map.entry("counterpart", "750000000"), Map.entry("durationMonths", "12"),
                Map.entry("contactName", "Vàng Seo Pao"), Map.entry("contactPhone", "0219 3875 120")));
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("priorityField")))
                .selectByValue("2.1");
        browser.clickThrough(By.cssSelector("form[action$='/new'] button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("need-status")).getText()).isEqualTo("Bản nháp");
        assertThat(browser.driver.findElement(By.id("translations")).getText()).contains("100 %");
        checkCurrent("need draft");
        browser.clickThrough(By.linkText("Gửi đề xuất"));
        checkCurrent("submit step");
        browser.clickThrough(By.cssSelector("form[action*='/transitions/'] button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("need-status")).getText()).isEqualTo("Đã gửi");
        String need = browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        shell.signOut();

        shell.signIn(Staff.appraiser().username(), Staff.PASSWORD);
        browser.open("/app/mobilisation/needs?q=" + java.net.URLEncoder.encode(title, "UTF-8"));
        checkCurrent("catalogue list");
        browser.clickThrough(By.linkText(title));
        assertThat(browser.driver.getCurrentUrl()).endsWith(need);
        browser.clickThrough(By.linkText("Tiếp nhận vào danh mục tổng hợp"));
        browser.clickThrough(By.cssSelector("form[action*='/transitions/'] button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("need-status")).getText())
                .isEqualTo("Đã tiếp nhận vào danh mục tổng hợp");
        assertThat(browser.driver.findElement(By.id("timeline")).getText()).contains("Gửi đề xuất")
                .contains("Tiếp nhận vào danh mục tổng hợp").contains(officer.username());
        checkCurrent("need accepted");
        shell.signOut();
        assertThat(problems).isEmpty();
    }

    @Test
    void theFocalPointRecordsAnInterestAndAPledgeAndStartsTheDossierFromIt() throws Exception {
        String title = "Trạm bơm tưới tiêu xã vùng cao " + Unique.number();
        long need = Needs.aNeedOf(Staff.officerOf(ProvinceAgencies.newLineDepartment().id()))
                .titled(title, "Upland irrigation pumping station").accepted(Staff.appraiser());
        long version = vn.vientro.mobilisation.CatalogueVersions.draft(
                vn.vientro.mobilisation.CatalogueVersions.aPeriod(), need);
        shell.signIn(Staff.leader().username(), Staff.PASSWORD);
        browser.open("/app/mobilisation/catalogues/versions/" + version);
        browser.clickThrough(By.linkText("Phê duyệt danh mục bằng quyết định"));
        checkCurrent("catalogue approval");
        fill(Map.of("referenceNumber", "B" + need + "/QĐ-UBND", "referenceDate", java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/yyyy").format(vn.vientro.testing.Today.inProvince().minusDays(1))));
        browser.clickThrough(By.cssSelector("form[action$='/approval'] button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("decision-line")).getText()).contains("B" + need + "/QĐ-UBND");
        shell.signOut();

        vn.vientro.mobilisation.Plans plan = vn.vientro.mobilisation.Plans.aPlanFor(
                vn.vientro.testing.Today.inProvince().getYear());
        String activity = "Hội nghị xúc tiến vận động " + Unique.number();
        long activityId = plan.activity(activity, vn.vientro.mobilisation.plan.ActivityType.CONFERENCE,
                vn.vientro.mobilisation.plan.ActivityStatus.DONE, List.of(3), ProvinceAgencies.newLineDepartment().id(),
                null, null);
        vn.vientro.registry.Ngos.Ngo ngo = vn.vientro.registry.Ngos.anNgo().register();
        shell.signIn(Staff.focalPoint().username(), Staff.PASSWORD);
        browser.open("/app/mobilisation/needs/" + need + "/interests");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("organisationId")))
                .selectByValue(Long.toString(ngo.id()));
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("stage")))
                .selectByValue("INTERESTED");
        fill(Map.of("contactPerson", "Lê Văn Bình"));
        browser.clickThrough(By.cssSelector("form[action$='/interests'] button[type=submit]"));
        checkCurrent("interest recorded");
        browser.clickThrough(By.cssSelector(".record-pledge"));
        checkCurrent("pledge form");
        fill(Map.of("amount", "2500000000", "note", "Thư cam kết ngày hôm nay"));
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("currency"))).selectByValue("VND");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("activityId")))
                .selectByValue(Long.toString(activityId));
        browser.clickThrough(By.id("save-pledge"));
        assertThat(browser.driver.findElement(By.id("pledge-rows")).getText()).contains("2.500.000.000")
                .contains(activity)
                .contains("Đã cam kết");
        checkCurrent("pledges of the need");
        browser.clickThrough(By.cssSelector(".start-dossier"));
        assertThat(browser.driver.findElement(By.id("item-origin")).getText()).contains("cam kết tài trợ");
        assertThat(browser.driver.findElement(By.name("fields[nameVi]")).getAttribute("value")).isEqualTo(title);
        checkCurrent("dossier form from the pledge");
        shell.signOut();
        assertThat(problems).isEmpty();
    }

    private void fill(Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement field = browser.driver.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        });
    }

    private void checkCurrent(String label) throws Exception {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(label + " — " + v));
        browser.consoleErrors().forEach(error -> problems.add(label + " — console: " + error));
    }
}
