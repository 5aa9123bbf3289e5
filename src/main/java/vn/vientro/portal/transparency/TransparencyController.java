package vn.vientro.portal.transparency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.view.RedirectView;
import vn.vientro.portal.feedback.FeedbackSections;
import vn.vientro.portal.site.PageHead;
import vn.vientro.portal.site.CanonicalAddress;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;
import vn.vientro.shared.NotFoundException;

/** Transparency of aid: the filtered list of published aid items with their figures, and a page per item. */
@Controller
class TransparencyController {

    static final String VI_LIST = "/minh-bach";
    static final String EN_LIST = "/en/transparency";

    private final TransparencyViews views;
    private final Publications publications;
    private final MessageSource messages;
    private final FeedbackSections feedback;

    TransparencyController(TransparencyViews views, Publications publications, MessageSource messages,
                           FeedbackSections feedback) {
        this.views = views;
        this.publications = publications;
        this.messages = messages;
        this.feedback = feedback;
    }

    @GetMapping({VI_LIST, EN_LIST})
    @Nullable String list(@RequestParam(required = false) @Nullable String commune,
                          @RequestParam(required = false) @Nullable String field,
                          @RequestParam(required = false) @Nullable String sector,
                          @RequestParam(required = false) @Nullable String country,
                          @RequestParam(required = false) @Nullable String year,
                          @RequestParam(required = false) @Nullable String page,
                          HttpServletRequest request, HttpServletResponse response, WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        if (publications.notModified(web, response, language)) {
            return null;
        }
        TransparencyFilter filter = TransparencyFilter.of(commune, field, sector, country, year, page);
        String query = request.getQueryString();
        String suffix = query == null || query.isEmpty() ? "" : "?" + query;
        model.addAttribute("head", PageHead.of(text("portal.transparency.title", language),
                text("portal.transparency.description", language), language, VI_LIST + suffix, EN_LIST + suffix,
                null, "website"));
        TransparencyPage found = views.page(language, filter);
        model.addAttribute("found", found);
        model.addAttribute("filterChoices", views.choices(language));
        model.addAttribute("filter", filter);
        model.addAttribute("listUrl", language.transparency());
        model.addAttribute("openDataUrl", language == PortalLanguage.VI ? OpenDataController.VI_PAGE
                : OpenDataController.EN_PAGE);
        model.addAttribute("fieldLabels", AidFigures.labels(found.figures().byField()));
        model.addAttribute("fieldSeries", AidFigures.usdSeries(found.figures().byField()));
        model.addAttribute("yearLabels", AidFigures.labels(found.figures().byYear()));
        model.addAttribute("yearSeries", AidFigures.usdSeries(found.figures().byYear()));
        return "portal/transparency/list";
    }

    /** An item's page; an address with another or no slug (a name since changed) is sent to the right one. */
    @GetMapping({VI_LIST + "/{id:\\d+}-{slug}", VI_LIST + "/{id:\\d+}", EN_LIST + "/{id:\\d+}-{slug}",
            EN_LIST + "/{id:\\d+}"})
    @Nullable Object item(@PathVariable long id, HttpServletRequest request, HttpServletResponse response,
                          WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        AidDetail item = views.item(language, id).orElseThrow(() -> new NotFoundException("aid item", id));
        Optional<RedirectView> elsewhere = CanonicalAddress.redirect(request, item.card().url());
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if (publications.notModified(web, response, language)) {
            return null;
        }
        String summary = item.objectives() == null ? text("portal.transparency.description", language)
                : item.objectives();
        model.addAttribute("head", PageHead.of(item.card().name(), PageHead.description(summary), language,
                item.viUrl(), item.enUrl(), null, "article"));
        model.addAttribute("item", item);
        model.addAttribute("feedbackSection", feedback.forItem(language, id, item.card().url()));
        model.addAttribute("listUrl", language.transparency());
        return "portal/transparency/item";
    }

    private String text(String key, PortalLanguage language) {
        return messages.getMessage(key, null, language.locale());
    }
}
