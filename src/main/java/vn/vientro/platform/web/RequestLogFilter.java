package vn.vientro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        boolean escaped = true;
        try {
            chain.doFilter(request, response);
            escaped = false;
        } finally {
            // an exception that leaves every filter becomes the container's 500
            int status = escaped && !response.isCommitted() ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                    : response.getStatus();
            LoggingEventBuilder line = log.atInfo()
                    .addKeyValue("http.method", request.getMethod())
                    .addKeyValue("url.path", request.getRequestURI())
                    .addKeyValue("http.status", status)
                    .addKeyValue("duration.ms", (System.nanoTime() - start) / 1_000_000);
            if (request.getAttribute(ACTOR) instanceof String actor) {
                line = line.addKeyValue("user.name", actor);
            }
            line.log("{} {} {}", request.getMethod(), request.getRequestURI(), status);
        }
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
