package vn.vientro.notification;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Events;

/** A user's notices as they read them (in Vietnamese), through the inbox service, once the events settled. */
public final class Inboxes {

    private Inboxes() {
    }

    /** The notices of one category, oldest first. */
    public static List<InboxItem> of(String username, String category) {
        Events.settle();
        Inbox inbox = ApplicationUnderTest.bean(Inbox.class);
        SecurityContext previous = SecurityContextHolder.getContext();
        Locale language = LocaleContextHolder.getLocale();
        SecurityContext reader = SecurityContextHolder.createEmptyContext();
        reader.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(reader);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        try {
            return inbox.latest(username, false, 500).stream().filter(item -> item.category().equals(category))
                    .sorted(Comparator.comparing(InboxItem::id)).toList();
        } finally {
            SecurityContextHolder.setContext(previous);
            LocaleContextHolder.setLocale(language);
        }
    }

    public static List<String> subjects(String username, String category) {
        return of(username, category).stream().map(InboxItem::subject).toList();
    }
}
