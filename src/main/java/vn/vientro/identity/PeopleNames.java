package vn.vientro.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vientro.identity.user.UserQueries;

/**
 * People's full names for pages that record who did what by username (timelines, opinions, reports, the audit log):
 * templates call {@code ${@people.name(t.actor)}}. The application's own processes ({@code system:demo}, a visitor
 * not signed in, a direct database session) are named in words in the reader's language; a removed account shows as
 * its username. Names are kept a minute, so a long timeline costs one lookup per person and a renamed account shows
 * its new name soon after.
 */
@Component("people")
public class PeopleNames {

    private static final Duration KEEP = Duration.ofMinutes(1);
    /** More people than a province's staff: past it the cache starts again rather than grow. */
    private static final int MOST = 5_000;

    private final UserQueries users;
    private final MessageSource messages;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    PeopleNames(UserQueries users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (isProcess(username)) {
            return processName(username);
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

    private static boolean isProcess(String actor) {
        return actor.startsWith("system:") || actor.startsWith("db:") || actor.equals("anonymous");
    }

    /** "system:demo" is "dữ liệu mẫu"; a process without its own words is "the system", with its tag beside. */
    private String processName(String actor) {
        Locale locale = LocaleContextHolder.getLocale();
        String key = actor.startsWith("db:") ? "people.process.database" : "people.process." + actor.replace(':', '.');
        String words = messages.getMessage(key, null, null, locale);
        return words != null ? words
                : messages.getMessage("people.process.other", new Object[] {actor}, actor, locale);
    }

    private record Known(String name, Instant until) {
    }
}
