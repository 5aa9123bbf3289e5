package vn.vientro.portal.site;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.PublicPaths;

/** The whole portal is read without signing in, and its "we are interested" form is sent without a session. */
@Component
class PortalPublicPaths implements PublicPaths {

    @Override
    public List<String> anonymousReadable() {
        return List.of("/", "/en", "/en/**", "/danh-muc-du-an", "/danh-muc-du-an/**", "/sitemap.xml", "/robots.txt",
                "/dang-nhap");
    }

    @Override
    public List<String> anonymousPostable() {
        return List.of("/danh-muc-du-an/*/quan-tam", "/en/projects-calling-for-aid/*/interest");
    }
}
