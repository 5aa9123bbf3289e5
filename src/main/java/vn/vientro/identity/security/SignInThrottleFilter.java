package vn.vientro.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's password check: an attempt that must wait is sent back at once, the same way for
 * every username, and the others are counted ({@link ThrottleCounters}). The source address is the client's as the
 * trusted proxy names it ({@code server.forward-headers-strategy}), or the connection's.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final String ATTEMPT = SignInAttempt.class.getName();

    private final ThrottleCounters throttles;
    private final TrustedDevices devices;

    SignInThrottleFilter(ThrottleCounters throttles, TrustedDevices devices) {
        this.throttles = throttles;
        this.devices = devices;
    }

    /** The attempt this request made, counted, for the success handler to take back. */
    static Optional<SignInAttempt> attemptOf(HttpServletRequest request) {
        return Optional.ofNullable((SignInAttempt) request.getAttribute(ATTEMPT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String typed = request.getParameter("username");
        Long device = typed == null ? null : devices.recognise(request, SignInAttempt.normalize(typed)).orElse(null);
        SignInAttempt attempt = SignInAttempt.of(typed, request.getRemoteAddr(), device);
        Optional<Duration> wait = throttles.admit(attempt);
        if (wait.isPresent()) {
            LoginFailureHandler.sendBack(request, response, "error=throttled&wait=" + roundedUpSeconds(wait.get()));
            return;
        }
        request.setAttribute(ATTEMPT, attempt);
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    private static long roundedUpSeconds(Duration wait) {
        return Math.max(1, wait.plusMillis(999).toSeconds());
    }
}
