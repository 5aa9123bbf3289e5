package vn.vientro.portal.site;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.vientro.mobilisation.PublishedNeed;
import vn.vientro.aid.PublishedItem;
import vn.vientro.mobilisation.PublishedBulletinEntry;
import vn.vientro.portal.catalogue.CatalogueViews;
import vn.vientro.portal.news.BulletinViews;
import vn.vientro.portal.procedures.ProcedureKind;
import vn.vientro.portal.procedures.ProcedureViews;
import vn.vientro.portal.transparency.TransparencyViews;

/**
 * For search engines: the site map lists every public page in both languages, each with its alternate (hreflang);
 * robots.txt keeps them out of the staff's pages and the API.
 */
@Controller
class SiteMapController {

    private final CatalogueViews catalogue;
    private final TransparencyViews transparency;
    private final BulletinViews bulletin;
    private final Publications publications;

    SiteMapController(CatalogueViews catalogue, TransparencyViews transparency, BulletinViews bulletin,
                      Publications publications) {
        this.catalogue = catalogue;
        this.transparency = transparency;
        this.bulletin = bulletin;
        this.publications = publications;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    @Nullable String siteMap(HttpServletResponse response, WebRequest web) {
        if (publications.notModified(web, response, PortalLanguage.VI)) {
            return null;
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        pair(xml, base, PortalLanguage.VI.home(), PortalLanguage.EN.home());
        pair(xml, base, PortalLanguage.VI.catalogue(), PortalLanguage.EN.catalogue());
        pair(xml, base, PortalLanguage.VI.tracking(), PortalLanguage.EN.tracking());
        pair(xml, base, PortalLanguage.VI.feedbackTracking(), PortalLanguage.EN.feedbackTracking());
        List<PublishedNeed> needs = catalogue.all();
        for (PublishedNeed need : needs) {
            pair(xml, base, PortalLanguage.VI.need(need.id(), need.titleVi()),
                    PortalLanguage.EN.need(need.id(), need.title(Locale.ENGLISH)));
        }
        pair(xml, base, PortalLanguage.VI.transparency(), PortalLanguage.EN.transparency());
        pair(xml, base, PortalLanguage.VI.openData(), PortalLanguage.EN.openData());
        for (PublishedItem item : transparency.all()) {
            pair(xml, base, PortalLanguage.VI.aidItem(item.id(), TransparencyViews.name(item, PortalLanguage.VI)),
                    PortalLanguage.EN.aidItem(item.id(), TransparencyViews.name(item, PortalLanguage.EN)));
        }
        pair(xml, base, PortalLanguage.VI.procedures(), PortalLanguage.EN.procedures());
        for (ProcedureKind procedure : ProcedureKind.values()) {
            pair(xml, base, ProcedureViews.url(procedure, PortalLanguage.VI),
                    ProcedureViews.url(procedure, PortalLanguage.EN));
        }
        pair(xml, base, PortalLanguage.VI.bulletin(), PortalLanguage.EN.bulletin());
        for (PublishedBulletinEntry entry : bulletin.all()) {
            pair(xml, base, PortalLanguage.VI.bulletinEntry(entry.id(), entry.titleVi()),
                    PortalLanguage.EN.bulletinEntry(entry.id(), entry.title(Locale.ENGLISH)));
        }
        return xml.append("</urlset>\n").toString();
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String robots() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return """
                User-agent: *
                Disallow: /app
                Disallow: /api
                Disallow: /login
                Disallow: /dang-nhap
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(base);
    }

    /** Both languages' addresses of a page, each naming the other as its alternate. */
    private static void pair(StringBuilder xml, String base, String vi, String en) {
        for (String page : new String[] {vi, en}) {
            xml.append("  <url>\n    <loc>").append(HtmlUtils.htmlEscape(base + page)).append("</loc>\n");
            xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"vi\" href=\"")
                    .append(HtmlUtils.htmlEscape(base + vi)).append("\"/>\n");
            xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"")
                    .append(HtmlUtils.htmlEscape(base + en)).append("\"/>\n  </url>\n");
        }
    }
}
