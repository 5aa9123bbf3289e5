package vn.vientro.identity;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

/**
 * Who may do what with accounts, agencies and tokens: the one place for the identity module's permissions. Services
 * carry the expressions below in {@code @PreAuthorize}; controllers that bind input repeat them, so a caller without
 * the right gets 403 before anything is read; menus and pages ask the same methods.
 */
@Component("identityPolicy")
public class IdentityPolicy {

    public static final String ADMINISTER = "@identityPolicy.administers()";
    public static final String SELF = "@identityPolicy.isSelf(#username)";

    /**
     * Administrators open accounts, give roles, keep the agencies, set up tokens and lift sign-in throttles; nobody
     * else does.
     */
    private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.ADMIN);

    public boolean administers() {
        return CurrentUser.holdsAny(ADMINISTRATORS);
    }

    /** What a person does only to their own account: their password, language and API tokens. */
    public boolean isSelf(String username) {
        return CurrentUser.is(username);
    }
}
