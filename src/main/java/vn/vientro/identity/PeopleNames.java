package vn.vientro.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People's full names for pages that record who did what by username (timelines, opinions, reports): templates call
 * {@code ${@people.name(t.actor)}}. A name not found (the system, a removed account) shows as the username. Names are
 * kept a minute, so a long timeline costs one lookup per person and a renamed account shows its new name soon after.
 */
@Component("people")
public class PeopleNames {

    private static final Duration KEEP = Duration.ofMinutes(1);
    /** More people than a province's staff: past it the cache starts again rather than grow. */
    private static final int MOST = 5_000;

    private final JdbcClient jdbc;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    PeopleNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        Instant now = Instant.now();
        Known hit = known.get(username);
        if (hit != null && hit.until().isAfter(now)) {
            return hit.name();
        }
        String name = jdbc.sql("select full_name from identity.user_account where username = :username")
                .param("username", username).query(String.class).optional().orElse(username);
        if (known.size() >= MOST) {
            known.clear();
        }
        known.put(username, new Known(name, now.plus(KEEP)));
        return name;
    }

    private record Known(String name, Instant until) {
    }
}
