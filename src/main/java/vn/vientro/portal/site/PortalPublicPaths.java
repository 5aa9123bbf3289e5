package vn.vientro.portal.site;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.PublicPaths;

/** The whole portal is read without signing in, and its "we are interested" and dossier
 * tracking forms are sent without a session. */
@Component
class PortalPublicPaths implements PublicPaths {

    @Override
    public List<String> anonymousReadable() {
        return List.of("/", "/en", "/en/**", "/danh-muc-du-an", "/danh-muc-du-an/**", "/minh-bach",
                "/minh-bach/**", "/du-lieu-mo", "/du-lieu-mo/**", "/ban-tin", "/ban-tin/**", "/thu-tuc", "/thu-tuc/**", "/sitemap.xml", "/robots.txt",
                "/dang-nhap", "/tra-cuu-ho-so");
    }

    @Override
    public List<String> anonymousPostable() {
        return List.of("/danh-muc-du-an/*/quan-tam", "/en/projects-calling-for-aid/*/interest",
                "/tra-cuu-ho-so", "/en/dossier-tracking");
    }
}
