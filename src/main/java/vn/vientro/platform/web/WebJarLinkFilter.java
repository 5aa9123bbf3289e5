package vn.vientro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes the version into WebJar links ({@code /webjars/bootstrap/dist/...} becomes {@code /webjars/bootstrap/5.3.8/
 * dist/...}) and leaves every other link alone. Spring's own filter asks the resource chain about every link a page
 * builds, menu and form links included; those are never resources, the answer is never cached, and each question is a
 * class-path search inside the jar: most of the time it took to render a page. Being of that filter's type, this one
 * takes its place (Spring Boot registers its own only when none is there).
 */
class WebJarLinkFilter extends ResourceUrlEncodingFilter {

    private static final String WEBJARS = "/webjars/";

    private final ResourceUrlProvider resources;
    private final Map<String, String> versioned = new ConcurrentHashMap<>();

    WebJarLinkFilter(ResourceUrlProvider resources) {
        this.resources = resources;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        if (!(servletRequest instanceof HttpServletRequest request)
                || !(servletResponse instanceof HttpServletResponse response)) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        String contextPath = request.getContextPath();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(url.startsWith(contextPath + WEBJARS) ? versioned(contextPath, url) : url);
            }
        });
    }

    /** Only resolved links are kept: before the context is refreshed the provider knows no resources yet. */
    private String versioned(String contextPath, String url) {
        String known = versioned.get(url);
        if (known != null) {
            return known;
        }
        int end = indexOfQueryOrFragment(url);
        String resolved = resources.getForLookupPath(url.substring(contextPath.length(), end));
        if (resolved == null) {
            return url;
        }
        String link = contextPath + resolved + url.substring(end);
        versioned.put(url, link);
        return link;
    }

    private static int indexOfQueryOrFragment(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query < 0) {
            return fragment < 0 ? url.length() : fragment;
        }
        return fragment < 0 ? query : Math.min(query, fragment);
    }
}
