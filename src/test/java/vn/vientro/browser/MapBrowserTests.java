package vn.vientro.browser;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.money.MoneyFixtures;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map of aid by commune as a focal point uses it: the province's communes drawn and coloured, the legend, the
 * table beside it, the country with both archipelagos; a click on a commune opens its aid items.
 */
@VientroIntegrationTest
@BrowserTest
class MapBrowserTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();

    private Chromium browser;

    @BeforeAll
    void start(Chromium browser) throws Exception {
        this.browser = browser;
        new ShellPage(browser).signIn(team.focal().username(), Staff.PASSWORD);
    }

    @Test
    void drawsTheCommunesWithLegendAndTableAndAClickOpensTheCommunesItems() throws Exception {
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long id = items.itemIn(AidStatus.APPROVED);
        assertThat(items.post(id, team.officer().token(), "COMMITMENT", MoneyFixtures.today(), "5000000", "VND", "")
                .statusCode()).isEqualTo(201);
        YearMonth month = YearMonth.from(MoneyFixtures.today());

        browser.open("/app/reporting/map?period=" + month + "_" + month + "&organisation=" + team.donor().id());
        assertThat(browser.problems("map")).isEmpty();

        Number drawn = (Number) browser.driver.executeScript("""
                return [...document.querySelectorAll('#commune-map path')]
                    .filter(path => { const box = path.getBBox(); return box.width > 0 && box.height > 0; }).length""");
        assertThat(drawn.intValue()).as("communes drawn with an area").isEqualTo(148);
        assertThat(browser.driver.findElements(By.cssSelector("#map-legend li"))).hasSizeGreaterThan(1);
        assertThat(browser.driver.findElements(By.cssSelector("#country-map path"))).hasSize(34);
        assertThat(browser.driver.findElement(By.id("country-map")).getText())
                .contains("Quần đảo Hoàng Sa", "Quần đảo Trường Sa");
        List<String> rows = browser.driver.findElements(By.cssSelector("#commune-figures tbody tr[data-commune]"))
                .stream().map(row -> row.getAttribute("data-commune")).toList();
        assertThat(rows).hasSize(2);

        String commune = rows.get(0);
        browser.driver.executeScript("document.getElementById('commune-map').scrollIntoView({block: 'center', "
                + "behavior: 'instant'})");
        // a point of the window well inside the commune's own shape (its box's centre may lie in a neighbour)
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.driver.executeScript("""
                const link = document.querySelector('#commune-map a[data-commune="' + arguments[0] + '"]');
                const box = link.getBoundingClientRect();
                const inside = (x, y) => link.contains(document.elementFromPoint(x, y));
                for (let y = Math.ceil(box.top); y < box.bottom; y++) {
                  for (let x = Math.ceil(box.left); x < box.right; x++) {
                    if (inside(x, y) && inside(x - 3, y) && inside(x + 3, y) && inside(x, y - 3)
                        && inside(x, y + 3)) { return [x, y]; }
                  }
                }
                return null;""", commune);
        assertThat(point).as("a visible point of commune " + commune).isNotNull();
        new Actions(browser.driver).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click()
                .perform();
        browser.await(driver -> driver.getCurrentUrl().contains("/app/aid/items?commune=" + commune));
        assertThat(browser.driver.getCurrentUrl()).contains("donor=" + team.donor().id());
        assertThat(browser.problems("aid items of the commune")).isEmpty();
    }
}
