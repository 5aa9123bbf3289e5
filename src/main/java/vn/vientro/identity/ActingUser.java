package vn.vientro.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;

/**
 * Runs set-up work (demo data) as a named user with exactly that user's roles and agency, so every rule and every
 * audit record applies as if the person had done it.
 */
@Component
public class ActingUser {

    private final Users users;

    ActingUser(Users users) {
        this.users = users;
    }

    public <T> T run(String username, Supplier<T> work) {
        UserView user = users.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("no user " + username));
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(CurrentUser.agencyAuthority(user.agencyId())));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return Actor.runAs(username, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
