package vn.vientro.notification;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Something to tell people: to named users and/or everyone holding one of the roles. The subject is a message key with
 * arguments, rendered in each reader's language when they read it; a quote is someone's own words (a question asked,
 * a reference number) shown as they were written.
 *
 * @param category     short machine name ({@code permit-expiry}, {@code opinion-overdue}) for filtering
 * @param link         a page under {@code /app} the notice refers to
 * @param email        whether to send it by e-mail as well as to the inbox
 * @param confidential it tells of a sealed record (a security opinion): kept from others' sight, see {@link #sealed()}
 */
public record Notice(Set<String> usernames, Set<Role> roles, String category, Text subject, @Nullable String quote,
                     @Nullable String link, boolean email, boolean confidential) {

    public static Notice toUsers(Set<String> usernames, String category, Text subject, @Nullable String link) {
        return new Notice(usernames, Set.of(), category, subject, null, link, true, false);
    }

    public static Notice toRoles(Set<Role> roles, String category, Text subject, @Nullable String link) {
        return new Notice(Set.of(), roles, category, subject, null, link, true, false);
    }

    /** The same notice, carrying someone's own words below its subject. */
    public Notice quoting(@Nullable String words) {
        return new Notice(usernames, roles, category, subject, words == null || words.isBlank() ? null : words,
                link, email, confidential);
    }

    /**
     * The same notice telling of a sealed record: that one exists is itself not for everyone (DOMAIN.md §10). It goes
     * to the inbox only, never by e-mail (no e-mail of classified items; administrators read the outbox), and the audit
     * trail shows it only to those who read sealed records.
     */
    public Notice sealed() {
        return new Notice(usernames, roles, category, subject, quote, link, false, true);
    }
}
