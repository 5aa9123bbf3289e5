package vn.vientro.portal.site;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.PublicPaths;

/** The whole portal is read without signing in, and its "we are interested", dossier tracking and community
 * feedback forms are sent without a session. */
@Component
class PortalPublicPaths implements PublicPaths {

    @Override
    public List<String> anonymousReadable() {
        return List.of("/", "/en", "/en/**", "/danh-muc-du-an", "/danh-muc-du-an/**", "/minh-bach",
                "/minh-bach/**", "/du-lieu-mo", "/du-lieu-mo/**", "/ban-tin", "/ban-tin/**", "/thu-tuc", "/thu-tuc/**", "/sitemap.xml", "/robots.txt",
                "/dang-nhap", "/tra-cuu-ho-so", "/phan-anh/tra-cuu");
    }

    @Override
    public List<String> anonymousPostable() {
        return List.of("/danh-muc-du-an/*/quan-tam", "/en/projects-calling-for-aid/*/interest",
                "/tra-cuu-ho-so", "/en/dossier-tracking",
                // community feedback: sent beside an item's or a need's page, followed by its codes
                "/minh-bach/*/phan-anh", "/danh-muc-du-an/*/phan-anh", "/en/transparency/*/feedback",
                "/en/projects-calling-for-aid/*/feedback", "/phan-anh/tra-cuu", "/en/feedback/track");
    }
}
