package vn.vientro.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aid list as an official works in it on a 1366×768 screen: at least 15 rows in view, the header kept in view
 * while scrolling, sortable columns, a page size to choose, statuses as badges in words, the filter folded with what
 * it applies said.
 */
@VientroIntegrationTest
@BrowserTest
class AidListBrowserTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    private Chromium browser;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start(Chromium browser) throws Exception {
        this.browser = browser;
        browser.driver.manage().window().setSize(new Dimension(1366, 768));
        new ShellPage(browser).signIn(team.officer().username(), Staff.PASSWORD);
    }

    @Test
    void fifteenRowsInViewASortableListAndAFoldedFilterThatSaysWhatItApplies() throws Exception {
        for (int i = 1; i <= 32; i++) { // enough rows to scroll the header past the top
            fixtures.draftProject(port, "Dự án danh sách gọn số " + i);
        }
        browser.open("/app/aid/items");
        problems.addAll(browser.problems("aid list"));

        Number inView = (Number) browser.driver.executeScript("""
                return [...document.querySelectorAll('table.vt-compact-table tbody tr')]
                    .filter(row => row.getBoundingClientRect().bottom <= window.innerHeight).length""");
        assertThat(inView.intValue()).as("rows fully in view at 1366×768").isGreaterThanOrEqualTo(15);

        // instantly: Bootstrap makes scrolling smooth, which would still be under way when read
        browser.driver.executeScript("window.scrollTo({top: document.body.scrollHeight, behavior: 'instant'})");
        assertThat(((Number) browser.driver.executeScript("return window.scrollY")).doubleValue())
                .as("scrolled past where the header starts").isGreaterThan(250);
        Number headTop = (Number) browser.driver.executeScript(
                "return document.querySelector('table.vt-compact-table thead th').getBoundingClientRect().top");
        assertThat(headTop.doubleValue()).as("the header stays in view").isBetween(-1.0, 1.0);

        assertThat(browser.driver.findElements(By.cssSelector("tbody .badge.vt-status-DOSSIER_DRAFT"))).isNotEmpty()
                .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("Đang soạn hồ sơ"));

        browser.click("th a.vt-sort-link[href*='sort=name']");
        browser.await(driver -> driver.getCurrentUrl().contains("sort=name"));
        assertThat(browser.driver.findElement(By.cssSelector("th[aria-sort] a")).getAttribute("href"))
                .as("the heading sorted by is marked").contains("sort=name");

        browser.open("/app/aid/items?size=20&status=DOSSIER_DRAFT");
        assertThat(browser.driver.findElements(By.cssSelector("tbody tr"))).hasSize(20);
        assertThat(browser.driver.findElement(By.cssSelector("details.vt-filters")).getAttribute("open"))
                .as("folded").isNull();
        assertThat(browser.driver.findElement(By.cssSelector("details.vt-filters summary")).getText())
                .contains("Trạng thái: Đang soạn hồ sơ");
        assertThat(browser.driver.findElement(By.cssSelector(".vt-filters-clear")).getText()).isEqualTo("Bỏ lọc");
        problems.addAll(browser.problems("filtered list"));
        assertThat(problems).isEmpty();
    }
}
