package vn.vientro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vientro.platform.Actor;

/**
 * One structured line per request (method, path, status, duration, user), as key-value pairs so the ECS file log
 * carries them as fields. It is the outermost filter, so requests that Spring Security refused or that failed before
 * any controller ran (the database down, say) are logged with the status they got. Static assets are left out: they
 * would drown the lines that matter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("vientro.request");
    private static final String ACTOR = RequestLogFilter.class.getName() + ".actor";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            log(request, response, failure, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * An exception that leaves every filter becomes the container's 500; when the answer had already begun (a page
     * half sent when the database died), its status stands and the line says the request failed.
     */
    private static void log(HttpServletRequest request, HttpServletResponse response, @Nullable Throwable failure,
                            long millis) {
        int status = failure != null && !response.isCommitted() ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                : response.getStatus();
        LoggingEventBuilder line = log.atInfo()
                .addKeyValue("http.method", request.getMethod())
                .addKeyValue("url.path", request.getRequestURI())
                .addKeyValue("http.status", status)
                .addKeyValue("duration.ms", millis);
        if (request.getAttribute(ACTOR) instanceof String actor) {
            line = line.addKeyValue("user.name", actor);
        }
        if (failure != null) {
            line = line.addKeyValue("event.outcome", "failure").addKeyValue("error.type", rootCause(failure));
        }
        line.log("{} {} {}", request.getMethod(), request.getRequestURI(), status);
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return isStaticAsset(request);
    }

    private static boolean isStaticAsset(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.equals("/favicon.ico");
    }

    /**
     * Notes who is asking once Spring Security knows it, for the line written on the way out (by then the security
     * context is cleared). A request refused or failed before this point is logged without a user.
     */
    @Component
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    static class ActorNote extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            request.setAttribute(ACTOR, Actor.current());
            chain.doFilter(request, response);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return isStaticAsset(request);
        }
    }
}
