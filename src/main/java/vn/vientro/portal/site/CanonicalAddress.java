package vn.vientro.portal.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A public page has one address: asked for by another (an old slug, a title since translated, the other language's
 * path), it answers with a permanent redirect to its own, so links and search engines converge on one.
 */
public final class CanonicalAddress {

    private CanonicalAddress() {
    }

    /** The redirect to the page's own address, or empty when the request already asked for it. */
    public static Optional<RedirectView> redirect(HttpServletRequest request, String canonicalPath) {
        if (request.getRequestURI().equals(canonicalPath)) {
            return Optional.empty();
        }
        RedirectView redirect = new RedirectView(canonicalPath);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return Optional.of(redirect);
    }
}
