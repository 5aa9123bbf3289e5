package vn.vientro.notification;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Role;

/**
 * Something to tell people: to named users and/or everyone holding one of the roles.
 *
 * @param category short machine name ({@code permit-expiry}, {@code opinion-overdue}) for filtering
 * @param link     a page under {@code /app} the notice refers to
 * @param email    whether to send it by e-mail as well as to the inbox
 */
public record Notice(Set<String> usernames, Set<Role> roles, String category, String subject,
                     @Nullable String body, @Nullable String link, boolean email) {

    public static Notice toUsers(Set<String> usernames, String category, String subject, @Nullable String body,
                                 @Nullable String link) {
        return new Notice(usernames, Set.of(), category, subject, body, link, true);
    }

    public static Notice toRoles(Set<Role> roles, String category, String subject, @Nullable String body,
                                 @Nullable String link) {
        return new Notice(Set.of(), roles, category, subject, body, link, true);
    }
}
