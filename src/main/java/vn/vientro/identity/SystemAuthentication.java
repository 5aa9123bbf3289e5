package vn.vientro.identity;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.vientro.platform.Actor;
import vn.vientro.shared.Role;

/** Runs set-up work (demo data, first administrator, loads) with administrator rights under a named system actor. */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T asAdministrator(String actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return Actor.runAs(actor, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
