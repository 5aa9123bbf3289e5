package vn.vientro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import vn.vientro.platform.HttpProblem;
import vn.vientro.platform.ProblemResponses;

/**
 * Refuses a multipart request longer than its path's limit ({@link UploadLimits}) before anything reads its body:
 * Spring Security's CSRF check reads a form's fields, which makes the container parse the body and spool its files to
 * disk, on any path and for anyone. The body is then read and discarded by the container (its
 * {@code server.tomcat.max-swallow-size}), so the client gets the answer: a problem under {@code /api}, the error page
 * elsewhere. A request without a length is held to the limit when parsed ({@link UploadLimitResolver}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30) // inside the request log and the outage page, before the session and security
class UploadSizeFilter extends OncePerRequestFilter {

    /** Room for the form's other fields and the parts' headers beside the file itself. */
    static final long ENVELOPE = 1024 * 1024;

    private final UploadLimits limits;
    private final ProblemResponses problems;
    private final LocaleResolver locales;

    UploadSizeFilter(UploadLimits limits, ProblemResponses problems, LocaleResolver locales) {
        this.limits = limits;
        this.problems = problems;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long maxBytes = limits.maxBytes(request);
        if (request.getContentLengthLong() <= maxBytes + ENVELOPE) {
            chain.doFilter(request, response);
            return;
        }
        if (ErrorResponses.isApi(request)) {
            Locale locale = locales.resolveLocale(request);
            problems.write(response, problems.of(HttpProblem.PAYLOAD_TOO_LARGE, limits.tooLarge(maxBytes, locale),
                    locale));
        } else {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }
}
