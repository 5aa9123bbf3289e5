package vn.vientro.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.vientro.identity.user.UserQueries;

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

    private final UserQueries users;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    PeopleNames(UserQueries users) {
        this.users = users;
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
        String name = users.fullName(username).orElse(username);
        if (known.size() >= MOST) {
            known.clear();
        }
        known.put(username, new Known(name, now.plus(KEEP)));
        return name;
    }

    private record Known(String name, Instant until) {
    }
}
