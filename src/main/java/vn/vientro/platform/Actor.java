package vn.vientro.platform;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is changing data right now: the signed-in user, or a named system process. The database audit trigger
 * records this name for every insert, update and delete.
 */
public final class Actor {

    private static final ThreadLocal<@Nullable String> SYSTEM = new ThreadLocal<>();

    private Actor() {
    }

    /**
     * Runs work on behalf of a system process such as {@code system:scheduler} or {@code system:demo}. The actor is
     * bound to a database connection when the connection is taken, so call this outside the transaction.
     */
    public static <T> T runAs(String systemActor, Supplier<T> work) {
        String previous = SYSTEM.get();
        SYSTEM.set(systemActor);
        try {
            return work.get();
        } finally {
            SYSTEM.set(previous);
        }
    }

    public static void runAs(String systemActor, Runnable work) {
        runAs(systemActor, () -> {
            work.run();
            return null;
        });
    }

    public static String current() {
        String system = SYSTEM.get();
        if (system != null) {
            return system;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return authentication.getName();
    }
}
