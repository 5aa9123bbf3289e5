package vn.vientro.platform.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.platform.web.KeyedContacts.contact;
import static vn.vientro.platform.web.KeyedContacts.uniqueName;

/**
 * A POST of the API sent again with the same {@code Idempotency-Key} gets its first answer and writes nothing, over
 * real HTTP, on contacts (any POST would do: the filter is the API's, not the registry's).
 */
@VientroIntegrationTest
class IdempotencyKeyIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IdempotencyRules rules;

    KeyedContacts contacts;

    @BeforeEach
    void contacts() {
        contacts = new KeyedContacts(port, jdbc);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndWritesOnce() {
        Staff focal = Staff.focalPoint();
        String name = uniqueName();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = contacts.post(focal, key, contact(name));
        HttpResponse<String> retry = contacts.post(focal, key, contact(name));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(WebClient.location(retry)).isEqualTo(WebClient.location(first)).startsWith(KeyedContacts.PATH + "/");
        assertThat(retry.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(contacts.named(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestAnswers422AndWritesNothing() {
        Staff focal = Staff.focalPoint();
        String key = UUID.randomUUID().toString();
        String other = uniqueName();
        assertThat(contacts.post(focal, key, contact(uniqueName())).statusCode()).isEqualTo(201);

        HttpResponse<String> anotherBody = contacts.post(focal, key, contact(other));
        assertThat(anotherBody.statusCode()).isEqualTo(422);
        assertThat(anotherBody.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(anotherBody.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(problem.get("title").asString())
                .isEqualTo("Khóa Idempotency-Key đã được dùng cho một yêu cầu khác");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(contacts.named(other)).isZero();

        HttpResponse<String> anotherPath = WebClient.apiWithHeaders(port, "POST", KeyedContacts.PATH + "?extra=1",
                focal.token(), contact(other), Map.of("Idempotency-Key", key, "Accept-Language", "en"));
        assertThat(anotherPath.statusCode()).isEqualTo(422);
        assertThat(contacts.named(other)).isZero();
    }

    @Test
    void withoutAKeyEveryPostWritesAsBefore() {
        Staff focal = Staff.focalPoint();
        String name = uniqueName();
        HttpResponse<String> first = WebClient.api(port, "POST", KeyedContacts.PATH, focal.token(), contact(name));
        HttpResponse<String> second = WebClient.api(port, "POST", KeyedContacts.PATH, focal.token(), contact(name));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(WebClient.location(second)).isNotEqualTo(WebClient.location(first));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(contacts.named(name)).isEqualTo(2);
    }

    @Test
    void keysBelongToTheirCaller() {
        Staff one = Staff.focalPoint();
        Staff another = Staff.admin();
        String key = "shared-key-" + Unique.number();
        String hers = uniqueName();
        String his = uniqueName();

        HttpResponse<String> first = contacts.post(one, key, contact(hers));
        HttpResponse<String> second = contacts.post(another, key, contact(his));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).as("another caller's key of the same value is another key").isEqualTo(201);
        assertThat(second.body()).contains(his).doesNotContain(hers);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();

        assertThat(contacts.post(another, key, contact(his)).body()).isEqualTo(second.body());
        assertThat(contacts.post(one, key, contact(hers)).body()).isEqualTo(first.body());
        assertThat(contacts.named(hers)).isEqualTo(1);
        assertThat(contacts.named(his)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithTheSameKeyWriteOnce() throws Exception {
        Staff focal = Staff.focalPoint();
        String name = uniqueName();
        String key = UUID.randomUUID().toString();
        int clients = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sent.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return contacts.post(focal, key, contact(name));
                }, pool));
            }
            start.countDown();
            List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();

            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
            assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.get(0).body());
            assertThat(answers).filteredOn(answer -> answer.headers().firstValue("Idempotent-Replayed").isEmpty())
                    .as("one request ran, the others got its answer").hasSize(1);
            assertThat(contacts.named(name)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetryWaitsForTheRequestHoldingItsKeyThenAnswers409() {
        Staff focal = Staff.focalPoint();
        String name = uniqueName();
        String key = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            // a request with this key that runs longer than a retry waits for it (vientro.api.idempotency.max-wait)
            jdbc.sql("insert into platform.idempotent_answer (username, idempotency_key, fingerprint) "
                    + "values (:username, :key, 'running')").param("username", focal.username()).param("key", key)
                    .update();
            long start = System.nanoTime();
            HttpResponse<String> retry = contacts.post(focal, key, contact(name));
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(rules.maxWait().multipliedBy(9).dividedBy(10));
            assertThat(retry.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(retry.body()).get("type").asString())
                    .isEqualTo("/problems/idempotency-key-in-use");
            assertThat(retry.headers().firstValue("Retry-After")).hasValue("1");
            status.setRollbackOnly(); // the running request fails: its key is free again
        });
        assertThat(contacts.named(name)).isZero();
        assertThat(contacts.post(focal, key, contact(name)).statusCode()).isEqualTo(201);
        assertThat(contacts.named(name)).isEqualTo(1);
    }

    @Test
    void deterministicRefusalsAreKeptAndMomentaryOnesAreNot() {
        Staff focal = Staff.focalPoint();
        String invalid = "{\"kind\":\"EXPERT\",\"fullName\":\"\"}";
        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = contacts.post(focal, key, invalid);
        assertThat(refused.statusCode()).isEqualTo(400);
        HttpResponse<String> refusedAgain = contacts.post(focal, key, invalid);
        assertThat(refusedAgain.statusCode()).isEqualTo(400);
        assertThat(refusedAgain.body()).isEqualTo(refused.body());
        assertThat(refusedAgain.headers().firstValue("Idempotent-Replayed")).hasValue("true");

        String missing = KeyedContacts.PATH + "/987654321/interactions";
        String interaction = "{\"kind\":\"CALL\",\"occurredOn\":\"2026-03-02\",\"notes\":\"Gọi điện\"}";
        String otherKey = UUID.randomUUID().toString();
        WebClient.apiWithHeaders(port, "POST", missing, focal.token(), interaction,
                Map.of("Idempotency-Key", otherKey));
        HttpResponse<String> notFoundAgain = WebClient.apiWithHeaders(port, "POST", missing, focal.token(),
                interaction, Map.of("Idempotency-Key", otherKey));
        assertThat(notFoundAgain.statusCode()).isEqualTo(404);
        assertThat(notFoundAgain.headers().firstValue("Idempotent-Replayed")).as("a 404 is asked again").isEmpty();
        assertThat(contacts.storedKeys(focal.username())).containsExactly(key);
    }

    @Test
    void aMalformedKeyIsRefusedAtTheHeader() {
        Staff focal = Staff.focalPoint();
        String name = uniqueName();
        for (String key : List.of("k".repeat(256), "")) {
            HttpResponse<String> refused = contacts.post(focal, key, contact(name));
            assertThat(refused.statusCode()).isEqualTo(400);
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("type").asString()).isEqualTo("/problems/validation");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
            assertThat(problem.get("errors").get(0).get("message").asString()).contains("1 đến 255 ký tự");
        }
        assertThat(contacts.post(focal, "k".repeat(255), contact(name)).statusCode()).isEqualTo(201);
        assertThat(contacts.named(name)).isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
