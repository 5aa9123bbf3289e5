package vn.vientro.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import vn.vientro.platform.HttpProblem;
import vn.vientro.platform.ProblemResponses;

/** API callers get RFC 9457 problem details for 401 and 403, never a redirect to the login page. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponses problems;
    private final LocaleResolver locales;

    ProblemAuthenticationEntryPoint(ProblemResponses problems, LocaleResolver locales) {
        this.problems = problems;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpProblem.UNAUTHORIZED);
    }

    /** A caller who is not signed in is asked to authenticate, even when a missing CSRF token refused the request. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken) {
            commence(request, response, new InsufficientAuthenticationException("not signed in"));
            return;
        }
        write(request, response, HttpProblem.FORBIDDEN);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpProblem kind) throws IOException {
        ProblemDetail problem = problems.of(kind, null, locales.resolveLocale(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        problems.write(response, problem);
    }
}
