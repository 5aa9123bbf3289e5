package vn.vientro.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** A correct password takes its attempt back from the throttles, and the browser becomes one the account trusts. */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final ThrottleCounters throttles;
    private final TrustedDevices devices;

    SignInSuccessHandler(ThrottleCounters throttles, TrustedDevices devices) {
        this.throttles = throttles;
        this.devices = devices;
        setDefaultTargetUrl("/app");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        SignInThrottleFilter.attemptOf(request).ifPresent(attempt -> {
            throttles.succeeded(attempt);
            if (authentication.getPrincipal() instanceof SignedInUser user) {
                devices.trust(request, response, user.userId(), attempt.trustedDevice());
            }
        });
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
