package vn.vientro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.vientro.platform.HttpProblem;
import vn.vientro.platform.ProblemResponses;

/**
 * While the database cannot be reached a request fails wherever it first needs it: Spring Session loading the
 * session, the API token check, a service. The first two run before any controller, so the answer is given here,
 * outside them all: 503 with a problem under {@code /api}, the error page elsewhere, rendered without the database
 * (no menu, no user name), as soon as the pool gives up waiting for a connection. The request log, outside this
 * filter, records the 503.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // inside the request log, outside Spring Session (HIGHEST_PRECEDENCE + 50)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ProblemResponses problems;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
    private final AtomicInteger unlogged = new AtomicInteger();

    DatabaseOutageFilter(ProblemResponses problems, LocaleResolver locales,
                         ITemplateEngine templates) {
        this.problems = problems;
        this.locales = locales;
        this.templates = templates;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.explains(e) || response.isCommitted()) {
                throw e;
            }
            logOutage(request, e);
            answerUnavailable(request, response);
        }
    }

    private void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.reset();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (ErrorResponses.isApi(request)) {
            ProblemDetail problem = problems.of(HttpProblem.SERVICE_UNAVAILABLE, null, locale);
            problem.setInstance(URI.create(request.getRequestURI()));
            problems.write(response, problem);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        WebContext page = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, Map.of(
                        "status", HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "lang", "en".equals(locale.getLanguage()) ? "en" : "vi",
                        "currentPath", request.getRequestURI()));
        templates.process("error/503", page, response.getWriter());
    }

    /** Every failed request is in the request log; the reason is logged here at most every ten seconds. */
    private void logOutage(HttpServletRequest request, Exception e) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last < LOG_EVERY_NANOS || !lastLogged.compareAndSet(last, now)) {
            unlogged.incrementAndGet();
            return;
        }
        log.warn("Database unavailable: {} {} answered 503 ({} more since the last report): {}", request.getMethod(),
                request.getRequestURI(), unlogged.getAndSet(0), rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
