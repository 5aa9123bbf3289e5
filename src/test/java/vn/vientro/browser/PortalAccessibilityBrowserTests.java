package vn.vientro.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page the site map lists, in both languages, opens in the browser without a console error or a serious
 * or critical accessibility violation (axe-core): the portal's promise to every visitor, checked page by page rather
 * than on the few pages a flow passes through.
 */
@VientroIntegrationTest
@BrowserTest
class PortalAccessibilityBrowserTests {

    /** Enough pages to hold each kind several times over, few enough to keep the build short. */
    private static final int MOST_PAGES = 60;
    private static final Pattern LOCATION = Pattern.compile("<loc>([^<]+)</loc>");

    @LocalServerPort
    int port;

    private Chromium browser;

    @BeforeAll
    void startBrowser(Chromium browser) throws Exception {
        this.browser = browser;
    }

    @Test
    void everyPageOfTheSiteMapIsCleanInBothLanguages() throws Exception {
        AidTeam team = new AidTeam();
        AidFixtures aid = new AidFixtures(team);
        long item = aid.draft(port, team.officer().token(), aid.projectJson("TECHNICAL_ASSISTANCE",
                "Trường mầm non vùng cao " + Unique.number(), "80000", "USD"));
        aid.moveTo(port, item, AidStatus.IMPLEMENTING);

        Set<String> pages = new LinkedHashSet<>();
        Matcher location = LOCATION.matcher(new WebClient(port).get("/sitemap.xml").body());
        while (location.find()) {
            pages.add(URI.create(location.group(1).replace("&amp;", "&")).getPath());
        }
        assertThat(pages).as("both languages' home pages").contains("/", "/en/");

        List<String> problems = new ArrayList<>();
        int opened = 0;
        for (String page : pages) {
            if (opened++ == MOST_PAGES) {
                break;
            }
            browser.open(page);
            problems.addAll(browser.problems(page));
        }
        assertThat(problems).isEmpty();
    }
}
