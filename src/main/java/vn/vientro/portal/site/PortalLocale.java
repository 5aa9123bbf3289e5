package vn.vientro.portal.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * A portal page speaks the language of its address, whatever the visitor's language cookie says (the cookie keeps
 * choosing the staff pages' language): texts, formats and the layout's province name all follow it. The portal's
 * staff pages (under {@code /app}) keep the staff's language.
 */
@ControllerAdvice(basePackages = "vn.vientro.portal")
class PortalLocale {

    @ModelAttribute
    void language(HttpServletRequest request, Model model) {
        if (request.getRequestURI().startsWith("/app/")) {
            return; // the focal point's pages for the portal speak the staff's language
        }
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        // read first by the platform's CookieLocaleResolver, so every later lookup of the request's locale sees it
        request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, language.locale());
        LocaleContextHolder.setLocale(language.locale());
        model.addAttribute("portalLanguage", language);
    }
}
