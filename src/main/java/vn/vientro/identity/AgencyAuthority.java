package vn.vientro.identity;

import java.util.OptionalLong;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The agency a signed-in user works for, carried as an authority {@code AGENCY_<id>}: services check it, and the search
 * index can grant a document to one agency the same way it grants one to a role.
 */
public final class AgencyAuthority {

    public static final String PREFIX = "AGENCY_";

    private AgencyAuthority() {
    }

    public static String of(long agencyId) {
        return PREFIX + agencyId;
    }

    static GrantedAuthority grant(long agencyId) {
        return new SimpleGrantedAuthority(of(agencyId));
    }

    public static OptionalLong agencyOf(Authentication user) {
        if (user == null) {
            return OptionalLong.empty();
        }
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(PREFIX))
                .mapToLong(authority -> Long.parseLong(authority.substring(PREFIX.length()))).findFirst();
    }

    /** The signed-in user's agency, if any. */
    public static OptionalLong currentAgency() {
        return agencyOf(SecurityContextHolder.getContext().getAuthentication());
    }
}
