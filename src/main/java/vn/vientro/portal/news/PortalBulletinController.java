package vn.vientro.portal.news;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.view.RedirectView;
import vn.vientro.portal.site.PageHead;
import vn.vientro.portal.site.CanonicalAddress;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;
import vn.vientro.shared.NotFoundException;

/** The foreign-affairs bulletin: its entries, the latest first, and a page per entry. */
@Controller
class PortalBulletinController {

    static final String VI_LIST = "/ban-tin";
    static final String EN_LIST = "/en/bulletin";

    private final BulletinViews views;
    private final Publications publications;
    private final MessageSource messages;

    PortalBulletinController(BulletinViews views, Publications publications, MessageSource messages) {
        this.views = views;
        this.publications = publications;
        this.messages = messages;
    }

    @GetMapping({VI_LIST, EN_LIST})
    @Nullable String list(HttpServletRequest request, HttpServletResponse response, WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        if (publications.notModified(web, response, language)) {
            return null;
        }
        model.addAttribute("head", PageHead.of(text("portal.bulletin.title", language),
                text("portal.bulletin.description", language), language, VI_LIST, EN_LIST, null, "website"));
        model.addAttribute("entries", views.cards(language));
        return "portal/news/list";
    }

    /** An entry's page; an address with another or no slug (a title since rewritten) is sent to the right one. */
    @GetMapping({VI_LIST + "/{id:\\d+}-{slug}", VI_LIST + "/{id:\\d+}", EN_LIST + "/{id:\\d+}-{slug}",
            EN_LIST + "/{id:\\d+}"})
    @Nullable Object entry(@PathVariable long id, HttpServletRequest request, HttpServletResponse response,
                           WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        BulletinCard entry = views.entry(language, id).orElseThrow(() -> new NotFoundException("bulletin entry", id));
        Optional<RedirectView> elsewhere = CanonicalAddress.redirect(request, entry.url());
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if (publications.notModified(web, response, language)) {
            return null;
        }
        model.addAttribute("head", PageHead.of(entry.title(), PageHead.description(entry.summary()), language,
                entry.viUrl(), entry.enUrl(), null, "article"));
        model.addAttribute("entry", entry);
        model.addAttribute("listUrl", language.bulletin());
        return "portal/news/entry";
    }

    private String text(String key, PortalLanguage language) {
        return messages.getMessage(key, null, language.locale());
    }
}
