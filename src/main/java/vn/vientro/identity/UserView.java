package vn.vientro.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Role;

/** A user as pages and other modules see it (never the password hash). */
public record UserView(long id, long version, String username, String fullName, @Nullable String email,
                       @Nullable String phone, long agencyId, String agencyNameVi, @Nullable String agencyNameEn, Set<Role> roles, boolean enabled,
                       @Nullable Instant lockedUntil, Locale language) {

    /** The agency's name in the reader's language, where it has one in English. */
    public String agencyName(Locale reader) {
        return "en".equals(reader.getLanguage()) && agencyNameEn != null ? agencyNameEn : agencyNameVi;
    }

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
