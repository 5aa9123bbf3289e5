package vn.vientro.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Officials at work on the national dataset: each virtual user signs in as an official of their own (focal point,
 * appraiser, leader) and, for the whole run, opens the home page, the aid list with the filters officials use, an
 * item's page, or searches, reading each page for a few seconds; every 20th request writes (a drafting officer's new
 * aid item through the API, with an Idempotency-Key as integrators send it). Every request must succeed.
 * Settings (system properties): {@code load.base-url}, {@code load.users} (200), {@code load.minutes} (10),
 * {@code load.ramp-seconds} (60), {@code load.think-ms} (think time range, "2000-8000"), {@code load.dir} (the
 * files {@code LoadTestDataset} wrote).
 */
public class OfficialsMix extends Simulation {

    private static final String PASSWORD = "Vientro#2026";
    private static final List<String> LIST_FILTERS = List.of("", "status=IMPLEMENTING",
            "kind=INVESTMENT_PROJECT&year=2019", "field=2.5&sort=value", "overdue=true", "status=SUBMITTED",
            "q=s%E1%BB%91t+r%C3%A9t", "sort=name", "status=CLOSED&page=40", "year=2024&kind=NON_PROJECT&sort=approved");
    private static final List<String> QUERIES = List.of("y te", "nuoc sach", "sốt rét", "giáo dục mầm non",
            "Quỹ thử nghiệm 120", "BV-2019", "nguoi khuyet tat", "ứng phó thiên tai", "truong hoc hy vong",
            "sinh kế phụ nữ");

    private final Path dir = Path.of(System.getProperty("load.dir", "../../target/load"));
    private final Properties draft = properties(dir.resolve("draft.properties"));
    private final int users = Integer.getInteger("load.users", 200);
    private final Duration run = Duration.ofMinutes(Integer.getInteger("load.minutes", 10));
    private final Duration ramp = Duration.ofSeconds(Integer.getInteger("load.ramp-seconds", 60));
    private final String[] think = System.getProperty("load.think-ms", "2000-8000").split("-");

    private final FeederBuilder<String> items = csv(dir.resolve("item-ids.csv").toString()).random();
    private final FeederBuilder<String> communes = csv(dir.resolve("communes.csv").toString()).random();

    private final HttpProtocolBuilder protocol = http
            .baseUrl(System.getProperty("load.base-url", "http://127.0.0.1:18080"))
            .acceptLanguageHeader("vi")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("vientro-load");

    /** The officials LoadTestDataset made (load001 ... load200: focal point, appraisers and leaders by turns). */
    private final ChainBuilder signIn = exec(session -> session.set("official",
            "load%03d".formatted(1 + (session.userId() - 1) % 200)))
            .exec(http("sign-in form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("sign in").post("/login").formParam("username", "#{official}").formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}").check(substring("/logout").exists()));

    private final ChainBuilder home = exec(page("home", "/app"));

    private final ChainBuilder list = feed(communes).exec(session -> session.set("filter", filter(session.getString("commune"))))
            .exec(page("aid list", "/app/aid/items?#{filter}"));

    private final ChainBuilder detail = feed(items)
            .exec(page("aid item", "/app/aid/items/#{id}"));

    private final ChainBuilder search = exec(session -> session.set("query",
            java.net.URLEncoder.encode(pick(QUERIES), java.nio.charset.StandardCharsets.UTF_8)))
            .exec(page("search", "/app/search?q=#{query}"));

    private final ChainBuilder write = exec(session -> session.set("draftName",
            "Dự án thử tải " + UUID.randomUUID().toString().substring(0, 8)).set("key", UUID.randomUUID().toString()))
            .exec(http("new draft (API)").post("/api/v1/aid-items")
                    .header("Authorization", "Bearer demo-officer")
                    .header("Idempotency-Key", "#{key}")
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .body(StringBody(draftJson())).check(status().is(201)));

    /** Nineteen reads, each read for a while, then one write. */
    private final ChainBuilder twentyRequests = repeat(19).on(
            randomSwitch().on(
                    percent(35.0).then(list),
                    percent(35.0).then(detail),
                    percent(15.0).then(search),
                    percent(15.0).then(home)),
            pause(Duration.ofMillis(Long.parseLong(think[0])), Duration.ofMillis(Long.parseLong(think[1]))))
            .exec(write)
            .pause(Duration.ofMillis(Long.parseLong(think[0])), Duration.ofMillis(Long.parseLong(think[1])));

    private final ScenarioBuilder officials = scenario("officials")
            .exec(signIn)
            .during(run).on(twentyRequests);

    {
        setUp(officials.injectOpen(rampUsers(users).during(ramp)))
                .protocols(protocol)
                .maxDuration(run.plus(ramp).plusMinutes(2))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** A staff page as a signed-in official gets it: a redirect to the sign-in form would be a failure. */
    private static io.gatling.javaapi.http.HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).header("Accept", "text/html").disableFollowRedirect()
                .check(status().is(200), substring("/logout").exists());
    }

    /** One list in ten is a commune's, as a commune or line department official filters it. */
    private static String filter(String commune) {
        return ThreadLocalRandom.current().nextInt(10) == 0 ? "commune=" + commune : pick(LIST_FILTERS);
    }

    private String draftJson() {
        return """
                {"kind":"PROGRAMME","deliveryForm":"CASH","nameVi":"#{draftName}","donorId":%s,"ownerAgencyId":%s,
                 "governingAgencyId":%s,"plannedStart":"2027-01-01","plannedEnd":"2028-12-31","totalAmount":"240000",
                 "totalCurrency":"USD","objectivesVi":"Nâng cao năng lực y tế cơ sở","sectors":[{"sectorCode":"12220",
                 "percent":100}],"locations":[{"communeCode":"%s","percent":100}]}
                """.formatted(draft.getProperty("donor"), draft.getProperty("owner"), draft.getProperty("governing"),
                draft.getProperty("commune"));
    }

    private static String pick(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Run LoadTestDataset first (bench/load.sh does): " + file, e);
        }
        return properties;
    }
}
