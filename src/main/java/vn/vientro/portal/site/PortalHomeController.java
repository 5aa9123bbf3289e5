package vn.vientro.portal.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import vn.vientro.portal.catalogue.CatalogueViews;
import vn.vientro.portal.news.BulletinViews;

/**
 * The portal's home in each language; staff sign in from its link to {@code /dang-nhap}. The old {@code ?lang=}
 * switch of the landing page leads to the home in that language.
 */
@Controller
class PortalHomeController {

    private static final int LATEST = 6;
    private static final int NEWS = 3;

    private final CatalogueViews catalogue;
    private final BulletinViews bulletin;
    private final Publications publications;
    private final MessageSource messages;

    PortalHomeController(CatalogueViews catalogue, BulletinViews bulletin, Publications publications,
                         MessageSource messages) {
        this.catalogue = catalogue;
        this.bulletin = bulletin;
        this.publications = publications;
        this.messages = messages;
    }

    @GetMapping(value = {"/", "/en", "/en/"}, params = "lang")
    String switchLanguage(@RequestParam String lang) {
        return "redirect:" + ("en".equals(lang) ? PortalLanguage.EN : PortalLanguage.VI).home();
    }

    @GetMapping("/en")
    String englishRoot() {
        return "redirect:/en/";
    }

    @GetMapping({"/", "/en/"})
    @Nullable String home(HttpServletRequest request, HttpServletResponse response, WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        if (publications.notModified(web, response, language)) {
            return null;
        }
        model.addAttribute("head", PageHead.of(messages.getMessage("portal.home.title", null, language.locale()),
                messages.getMessage("portal.home.description", null, language.locale()), language, "/", "/en/",
                null, "website"));
        model.addAttribute("headline", catalogue.headline());
        model.addAttribute("latest", catalogue.latest(language, LATEST));
        model.addAttribute("listUrl", language.catalogue());
        model.addAttribute("news", bulletin.cards(language).stream().limit(NEWS).toList());
        return "portal/site/home";
    }

    /** Staff's sign-in address on the portal, in Vietnamese; the sign-in page itself stays at /login. */
    @GetMapping("/dang-nhap")
    String signIn() {
        return "redirect:/login";
    }
}
