package vn.vientro.platform.web;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.platform.web.KeyedContacts.contact;
import static vn.vientro.platform.web.KeyedContacts.uniqueName;

/** An answer is kept for 24 hours: later, the same key is a new request, and the hourly job forgets it. */
@VientroIntegrationTest
class IdempotencyKeyExpiryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeyExpiry expiry;

    KeyedContacts contacts;

    @BeforeEach
    void contacts() {
        contacts = new KeyedContacts(port, jdbc);
    }

    @Test
    void theJobForgetsKeysPastTheirTimeAndSuchAKeyRunsAgain() {
        Staff focal = Staff.focalPoint();
        String name = uniqueName();
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        assertThat(contacts.post(focal, old, contact(name)).statusCode()).isEqualTo(201);
        assertThat(contacts.post(focal, recent, contact(uniqueName())).statusCode()).isEqualTo(201);
        contacts.age(focal.username(), old, "25 hours");
        contacts.age(focal.username(), recent, "23 hours");

        assertThat(expiry.forgetExpired()).isGreaterThanOrEqualTo(1);

        assertThat(contacts.storedKeys(focal.username())).containsExactly(recent);
        HttpResponse<String> late = contacts.post(focal, old, contact(name));
        assertThat(late.statusCode()).isEqualTo(201);
        assertThat(late.headers().firstValue("Idempotent-Replayed")).as("a retry so late is a new request").isEmpty();
        assertThat(contacts.named(name)).isEqualTo(2);
    }

    @Test
    void aKeyPastItsTimeIsFreeEvenBeforeTheJobRuns() {
        Staff focal = Staff.focalPoint();
        String key = UUID.randomUUID().toString();
        assertThat(contacts.post(focal, key, contact(uniqueName())).statusCode()).isEqualTo(201);
        contacts.age(focal.username(), key, "25 hours");
        String name = uniqueName();

        HttpResponse<String> reused = contacts.post(focal, key, contact(name));

        assertThat(reused.statusCode()).as("not 422: the first request is forgotten").isEqualTo(201);
        assertThat(contacts.named(name)).isEqualTo(1);
    }
}
