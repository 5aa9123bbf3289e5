package vn.vientro.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
@BrowserTest
class StaffShellBrowserTests {

    /** What each role must find in its menu (beside home, notifications and profile for everyone). */
    private static final Map<String, List<String>> MENU = Map.of(
            "admin", List.of("/app/admin/agencies", "/app/admin/users", "/app/admin/sign-in-throttles", "/app/audit",
                    "/app/admin/outbox"),
            "focal", List.of(),
            "appraiser", List.of(),
            "police", List.of(),
            "officer", List.of(),
            "commune", List.of(),
            "leader", List.of("/app/audit"));
    private static final List<String> ADMIN_ONLY = List.of("/app/admin/agencies", "/app/admin/users",
            "/app/admin/sign-in-throttles", "/app/admin/outbox");

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

    @BeforeEach
    void forgetEarlierProblems() {
        problems.clear();
    }

    @Test
    void everyRoleSignsInSeesItsMenuAndEveryPageIsCleanAndAccessible() throws Exception {
        checkPage("/");
        checkPage("/login");
        Map<String, Staff> people = new LinkedHashMap<>();
        people.put("admin", Staff.admin());
        people.put("focal", Staff.focalPoint());
        people.put("appraiser", Staff.appraiser());
        people.put("police", Staff.police());
        people.put("officer", Staff.officer());
        people.put("commune", Staff.officerOf(ProvinceAgencies.newCommune().id()));
        people.put("leader", Staff.leader());
        for (String username : people.keySet()) {
            Staff staff = people.get(username);
            shell.signIn(staff.username(), Staff.PASSWORD);
            assertThat(browser.driver.getCurrentUrl()).as(username + " lands on home").endsWith("/app");
            List<String> menu = shell.menuLinks();
            assertThat(menu).as("menu of " + username).contains("/app", "/app/notifications", "/app/profile")
                    .containsAll(MENU.get(username));
            if (!username.equals("admin")) {
                assertThat(menu).as("menu of " + username).doesNotContainAnyElementsOf(ADMIN_ONLY);
            }
            for (String page : menu) {
                checkPage(page);
            }
            if (username.equals("admin")) {
                checkPage("/app/admin/agencies/new");
                checkPage("/app/admin/users/new");
                checkPage("/app/admin/agencies/" + staff.agencyId());
                checkPage("/app/admin/users/" + staff.id());
                checkPage("/app/nothing-here");
            }
            shell.signOut();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void switchesLanguageAndKeepsIt() throws Exception {
        shell.signIn(Staff.focalPoint().username(), Staff.PASSWORD);
        assertThat(shell.language()).isEqualTo("vi");
        assertThat(shell.greeting()).startsWith("Xin chào");

        shell.switchLanguage("en");
        assertThat(shell.language()).isEqualTo("en");
        assertThat(shell.greeting()).startsWith("Hello");
        checkPage("/app/profile");
        browser.open("/app");
        assertThat(shell.greeting()).as("the choice persists").startsWith("Hello");

        shell.switchLanguage("vi");
        assertThat(shell.language()).isEqualTo("vi");
        shell.signOut();
        assertThat(problems).isEmpty();
    }

    private void checkPage(String path) throws Exception {
        browser.open(path);
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(path + " — " + v));
        browser.consoleErrors().stream()
                .filter(error -> !(path.equals("/app/nothing-here") && error.contains("404")))
                .forEach(error -> problems.add(path + " — console: " + error));
    }
}
