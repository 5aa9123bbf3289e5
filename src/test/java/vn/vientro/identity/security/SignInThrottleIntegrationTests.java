package vn.vientro.identity.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

/**
 * Sign-in throttling over real HTTP: growing delays per account, per source address and per trusted browser, and an
 * attacker's failures never keeping the account's owner out. Each test signs in from addresses of its own, as a
 * proxy in front of the application names them ({@code X-Forwarded-For}).
 */
@VientroIntegrationTest
class SignInThrottleIntegrationTests {

    private static final Pattern WAIT = Pattern.compile("error=throttled&wait=(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void makesTheAccountWaitAfterFiveFailuresLongerEachTime() {
        String appraiser = Staff.appraiser().username();
        WebClient attacker = from(anAddress());
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(location(attacker.login(appraiser, "not-the-password-" + attempt))).contains("error=bad");
        }
        HttpResponse<String> rightPasswordTooSoon = attacker.login(appraiser, Staff.PASSWORD);
        assertThat(waitOf(rightPasswordTooSoon)).isBetween(1L, 2L);
        assertThat(attacker.get(location(rightPasswordTooSoon).replaceFirst("^https?://[^/]+", "")).body())
                .contains("Quá nhiều lần đăng nhập không thành công. Hãy thử lại sau");
        assertThat(accountDelay(appraiser)).isEqualTo(Duration.ofSeconds(2));

        timePasses(Duration.ofMillis(2_100), appraiser);
        assertThat(location(attacker.login(appraiser, "not-the-password-7"))).contains("error=bad");
        assertThat(accountDelay(appraiser)).as("doubled").isEqualTo(Duration.ofSeconds(4));
        assertThat(waitOf(attacker.login(appraiser, Staff.PASSWORD))).isBetween(3L, 4L);

        timePasses(Duration.ofMillis(4_100), appraiser);
        assertThat(location(attacker.login(appraiser, Staff.PASSWORD))).endsWith("/app");
        assertThat(throttles("ACCOUNT", appraiser)).as("a correct password clears the account's throttle").isZero();
    }

    @Test
    void theOwnersOwnBrowserIsNeverHeldUpBySomeoneElsesFailures() {
        String officer = Staff.officer().username();
        WebClient owner = from(anAddress());
        HttpResponse<String> firstSignIn = owner.login(officer, Staff.PASSWORD);
        assertThat(location(firstSignIn)).endsWith("/app");
        assertThat(firstSignIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(TrustedDevices.COOKIE + "=").contains("HttpOnly").contains("Path=/login"));
        signOut(owner);

        WebClient attacker = from(anAddress());
        for (int attempt = 1; attempt <= 6; attempt++) {
            attacker.login(officer, "guess-" + attempt);
        }
        assertThat(location(attacker.login(officer, "guess-7"))).contains("error=throttled");

        assertThat(location(owner.login(officer, Staff.PASSWORD))).endsWith("/app");
    }

    @Test
    void aNewBrowserElsewhereWaitsNoLongerThanTheAccountsLongestDelay() {
        String leader = Staff.leader().username();
        WebClient attacker = from(anAddress());
        for (int attempt = 1; attempt <= 6; attempt++) {
            attacker.login(leader, "guess-" + attempt);
        }
        WebClient newBrowser = from(anAddress());
        long wait = waitOf(newBrowser.login(leader, Staff.PASSWORD));
        assertThat(wait).isLessThanOrEqualTo(60);
        timePasses(Duration.ofMillis(wait * 1_000 + 100), leader);
        assertThat(location(newBrowser.login(leader, Staff.PASSWORD))).endsWith("/app");
    }

    @Test
    void aTrustedBrowserHasAThrottleOfItsOwn() {
        String focal = Staff.focalPoint().username();
        WebClient owner = from(anAddress());
        assertThat(location(owner.login(focal, Staff.PASSWORD))).endsWith("/app");
        signOut(owner);
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(location(owner.login(focal, "typo-" + attempt))).contains("error=bad");
        }
        assertThat(location(owner.login(focal, Staff.PASSWORD))).contains("error=throttled");
        assertThat(throttles("ACCOUNT", focal)).as("the owner's typos are not the account's").isZero();
        assertThat(location(from(anAddress()).login(focal, Staff.PASSWORD))).endsWith("/app");
    }

    @Test
    void slowsDownAnAddressTryingManyAccounts() {
        String sprayer = anAddress();
        WebClient attacker = from(sprayer);
        for (int attempt = 1; attempt <= 21; attempt++) {
            assertThat(location(attacker.login("nobody-" + Unique.number(), "Mat-khau-2026")))
                    .as("attempt %d", attempt).contains("error=bad");
        }
        Staff victim = Staff.police();
        assertThat(location(attacker.login(victim.username(), Staff.PASSWORD))).contains("error=throttled");
        assertThat(throttles("ADDRESS", sprayer)).isOne();
        assertThat(location(from(anAddress()).login(victim.username(), Staff.PASSWORD))).endsWith("/app");
    }

    @Test
    void unknownUsernamesAreThrottledExactlyLikeKnownOnes() {
        String known = Staff.officer().username();
        String unknown = "nobody-" + Unique.number();
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        long knownNanos = 0;
        long unknownNanos = 0;
        WebClient knownClient = from(anAddress());
        WebClient unknownClient = from(anAddress());
        for (int attempt = 1; attempt <= 7; attempt++) {
            long start = System.nanoTime();
            knownAnswers.add(answer(knownClient, known, "Sai-mat-khau-" + attempt));
            knownNanos += System.nanoTime() - start;
            start = System.nanoTime();
            unknownAnswers.add(answer(unknownClient, unknown, "Sai-mat-khau-" + attempt));
            unknownNanos += System.nanoTime() - start;
        }
        // the wait is counted down from the block's end, so the same answer may name a second less a moment later
        assertThat(withoutWait(knownAnswers)).containsExactlyElementsOf(withoutWait(unknownAnswers));
        assertThat(knownAnswers.get(6)).startsWith("302 /login?error=throttled&wait=");
        assertThat((double) knownNanos / unknownNanos).as("same order of magnitude").isBetween(0.1, 10.0);
    }

    @Test
    void anAdministratorSeesAndClearsAThrottleAndTheAuditTrailKeepsIt() {
        String officer = Staff.officer().username();
        String address = anAddress();
        WebClient attacker = from(address);
        for (int attempt = 1; attempt <= 6; attempt++) {
            attacker.login(officer, "guess-" + attempt);
        }
        // the block lasts 2 s: on a busy machine it could end before the administrator looks
        timePasses(Duration.ofMinutes(-1), officer);
        Staff admin = Staff.admin();
        WebClient administrator = admin.browser(port);
        assertThat(administrator.get("/app").body()).contains("href=\"/app/admin/sign-in-throttles\"");
        String page = administrator.get("/app/admin/sign-in-throttles").body();
        assertThat(page).contains("Giới hạn đăng nhập sai").contains(officer).contains(address)
                .contains("Phải chờ đến").contains("OWASP ASVS 4.0.3, V2.2.1");

        long id = jdbc.sql("select id from identity.sign_in_throttle where scope = 'ACCOUNT' and subject = :u")
                .param("u", officer).query(Long.class).single();
        HttpResponse<String> cleared = administrator.post("/app/admin/sign-in-throttles/" + id + "/clear", Map.of());
        assertThat(location(cleared)).endsWith("/app/admin/sign-in-throttles");
        assertThat(throttles("ACCOUNT", officer)).isZero();
        assertThat(jdbc.sql("""
                select actor from audit.event
                 where schema_name = 'identity' and table_name = 'sign_in_throttle' and operation = 'DELETE'
                   and row_id = :id
                """).param("id", String.valueOf(id)).query(String.class).list()).containsExactly(admin.username());
        assertThat(location(attacker.login(officer, Staff.PASSWORD))).endsWith("/app");
    }

    @Test
    void onlyAdministratorsSeeOrClearThrottles() {
        WebClient officer = Staff.officer().browser(port);
        assertThat(officer.get("/app").body()).doesNotContain("/app/admin/sign-in-throttles");
        assertThat(officer.get("/app/admin/sign-in-throttles").statusCode()).isEqualTo(403);
        assertThat(officer.post("/app/admin/sign-in-throttles/1/clear", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void resettingThePasswordLiftsTheAccountsThrottle() {
        Staff appraiser = Staff.appraiser();
        WebClient attacker = from(anAddress());
        for (int attempt = 1; attempt <= 6; attempt++) {
            attacker.login(appraiser.username(), "guess-" + attempt);
        }
        WebClient administrator = Staff.admin().browser(port);
        administrator.get("/app/admin/users/" + appraiser.id());
        administrator.post("/app/admin/users/" + appraiser.id() + "/password", Map.of("password", "Mat-khau-moi-2026"));
        assertThat(throttles("ACCOUNT", appraiser.username())).isZero();
        assertThat(location(from(anAddress()).login(appraiser.username(), "Mat-khau-moi-2026"))).endsWith("/app");
    }

    private WebClient from(String address) {
        return new WebClient(port).sending("X-Forwarded-For", address);
    }

    /** An address no other test uses, from the range kept for tests of network devices (198.18.0.0/15). */
    private static String anAddress() {
        int n = Unique.number();
        return "198.18." + (n / 256 % 256) + "." + (n % 256);
    }

    private static void signOut(WebClient client) {
        client.get("/app");
        assertThat(location(client.post("/logout", Map.of()))).contains("/login?logout");
    }

    private static String answer(WebClient client, String username, String password) {
        HttpResponse<String> response = client.login(username, password);
        return response.statusCode() + " " + location(response).replaceFirst("^https?://[^/]+", "")
                .replace("&username=" + username, "");
    }

    private static long waitOf(HttpResponse<String> response) {
        Matcher matcher = WAIT.matcher(location(response));
        assertThat(matcher.find()).as("throttled: %s", location(response)).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private Duration accountDelay(String username) {
        return Duration.ofMillis(Math.round(1000 * jdbc.sql("""
                select extract(epoch from blocked_until - last_failure_at) from identity.sign_in_throttle
                 where scope = 'ACCOUNT' and subject = :u
                """).param("u", username).query(Double.class).single()));
    }

    /**
     * As if this long had passed for the account's throttle, without waiting for it: its block ends and its last
     * failure lies that much earlier (what the throttle compares with the clock; nothing else of it depends on time).
     * A negative duration puts both later: the block lasts that much longer.
     */
    private void timePasses(Duration duration, String username) {
        assertThat(jdbc.sql("""
                update identity.sign_in_throttle
                   set blocked_until = blocked_until - make_interval(secs => :seconds),
                       last_failure_at = last_failure_at - make_interval(secs => :seconds)
                 where scope = 'ACCOUNT' and subject = :u
                """).param("seconds", duration.toMillis() / 1000.0).param("u", username).update()).isOne();
    }

    private long throttles(String scope, String subject) {
        return jdbc.sql("select count(*) from identity.sign_in_throttle where scope = :scope and subject = :subject")
                .param("scope", scope).param("subject", subject).query(Long.class).single();
    }

    private static List<String> withoutWait(List<String> answers) {
        return answers.stream().map(answer -> answer.replaceFirst("&wait=\\d+$", "&wait=")).toList();
    }
}
