package vn.vientro.platform.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Unique;
import vn.vientro.testing.WebClient;

/**
 * Contacts added over the API with an {@code Idempotency-Key}, for the tests of the key: any POST would do, a
 * contact is the simplest record to count.
 */
record KeyedContacts(int port, JdbcClient jdbc) {

    static final String PATH = "/api/v1/contacts";

    HttpResponse<String> post(Staff caller, String key, String json) {
        return WebClient.apiWithHeaders(port, "POST", PATH, caller.token(), json, Map.of("Idempotency-Key", key));
    }

    static String contact(String name) {
        return "{\"kind\":\"EXPERT\",\"fullName\":\"" + name + "\",\"notes\":\"Thử gửi lại\"}";
    }

    static String uniqueName() {
        return "Người Gửi Lại " + Unique.number();
    }

    long named(String name) {
        return jdbc.sql("select count(*) from registry.contact where full_name = :name").param("name", name)
                .query(Long.class).single();
    }

    List<String> storedKeys(String username) {
        return jdbc.sql("select idempotency_key from platform.idempotent_answer where username = :username")
                .param("username", username).query(String.class).list();
    }

    /** Moves a kept answer back in time, as that many hours passing would. */
    void age(String username, String key, String by) {
        jdbc.sql("update platform.idempotent_answer set created_at = now() - cast(:by as interval) "
                + "where username = :username and idempotency_key = :key")
                .param("by", by).param("username", username).param("key", key).update();
    }
}
