package vn.vientro.portal.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps each public page as rendered for the current state of the publications, so a visitor's request is answered
 * from memory instead of rendering the same page again ({@link Publications} names that state in the ETag the page
 * was rendered with; a page rendered for an older one is never served). Only pages their controller marked cacheable
 * by anyone are kept: never a form refused, a thank-you page or an error. Runs after Spring Security, whose headers
 * every answer gets as before.
 */
@Component
class PageCache extends OncePerRequestFilter {

    /** The public pages whose address alone says what they show (photos have their own, longer caching; forms are downloads, never kept). */
    private static final String[] PAGES = {"/danh-muc-du-an", "/en/projects-calling-for-aid", "/minh-bach",
            "/en/transparency", "/ban-tin", "/en/bulletin", "/thu-tuc", "/en/procedures"};
    private static final int MAX_PAGES = 500;
    private static final String CACHEABLE = "public, max-age=60";

    private final Publications publications;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    PageCache(Publications publications) {
        this.publications = publications;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI();
        if (path.equals("/") || path.equals("/en/") || path.equals("/sitemap.xml")) {
            return false;
        }
        for (String page : PAGES) {
            if ((path.equals(page) || path.startsWith(page + "/")) && !path.contains("/anh/")
                    && !path.contains("/bieu-mau/")) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String etag = publications.etag(PortalLanguage.of(request.getRequestURI()));
        String key = key(request);
        Page kept = pages.get(key);
        if (kept != null && kept.etag().equals(etag)) {
            answer(kept, request, response);
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (rendering.getStatus() == HttpServletResponse.SC_OK && CACHEABLE.equals(rendering.getHeader(
                HttpHeaders.CACHE_CONTROL)) && etag.equals(rendering.getHeader(HttpHeaders.ETAG))) {
            if (pages.size() >= MAX_PAGES) {
                pages.values().removeIf(page -> !page.etag().equals(etag));
            }
            if (pages.size() < MAX_PAGES) {
                pages.put(key, new Page(etag, rendering.getContentType(),
                        rendering.getHeader(HttpHeaders.CONTENT_LANGUAGE), rendering.getContentAsByteArray()));
            }
        }
        rendering.copyBodyToResponse();
    }

    private static void answer(Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHEABLE);
        response.setHeader(HttpHeaders.ETAG, page.etag());
        String sent = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (sent != null && (sent.equals(page.etag()) || sent.equals("W/" + page.etag()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** The page's address as the visitor asked for it: pages hold absolute links to their own site. */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private record Page(String etag, @Nullable String contentType, @Nullable String contentLanguage, byte[] body) {
    }
}
