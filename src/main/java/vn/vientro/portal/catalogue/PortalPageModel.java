package vn.vientro.portal.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.platform.BoundForms;
import vn.vientro.portal.feedback.FeedbackSections;
import vn.vientro.portal.site.PageHead;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;
import vn.vientro.reference.Codelists;
import vn.vientro.shared.NotFoundException;

/** What the catalogue's pages show, in the language of their address. */
@Component
class PortalPageModel {

    private final CatalogueViews views;
    private final Publications publications;
    private final Codelists codelists;
    private final SpamGuard guard;
    private final MessageSource messages;
    private final FeedbackSections feedback;

    PortalPageModel(CatalogueViews views, Publications publications, Codelists codelists, SpamGuard guard,
                       MessageSource messages, FeedbackSections feedback) {
        this.views = views;
        this.publications = publications;
        this.codelists = codelists;
        this.guard = guard;
        this.messages = messages;
        this.feedback = feedback;
    }

    String list(PortalLanguage language, CatalogueFilter filter, @Nullable String query, Model model) {
        String suffix = query == null || query.isEmpty() ? "" : "?" + query;
        model.addAttribute("head", PageHead.of(text("portal.catalogue.title", language),
                text("portal.catalogue.description", language), language, PortalCatalogueController.VI_LIST + suffix,
                PortalCatalogueController.EN_LIST + suffix, null, "website"));
        model.addAttribute("catalogue", views.page(language, filter));
        model.addAttribute("filterChoices", views.choices(language));
        model.addAttribute("filter", filter);
        model.addAttribute("listUrl", language.catalogue());
        model.addAttribute("openDataUrl", language.openData());
        return "portal/catalogue/list";
    }

    NeedDetail need(PortalLanguage language, long id) {
        return views.need(language, id).orElseThrow(() -> new NotFoundException("need", id));
    }

    /** The need's page with the interest form: blank, or as the visitor sent it when it was refused. */
    String need(PortalLanguage language, NeedDetail need, @Nullable EnquiryForm sent, Model model) {
        model.addAttribute("head", PageHead.of(need.title(), PageHead.description(need.summary()), language,
                need.viUrl(), need.enUrl(), need.photoUrls().isEmpty() ? null : need.photoUrls().get(0), "article"));
        model.addAttribute("need", need);
        model.addAttribute("feedbackSection", feedback.forNeed(language, need.id(), need.url()));
        model.addAttribute("listUrl", language.catalogue());
        model.addAttribute("countries", publications.cached(List.of("countries", language), () ->
                codelists.activeByName(Codelists.COUNTRY, language.locale()).stream()
                        .map(country -> new Choice(country.code(), country.name(language.locale()))).toList()));
        if (sent == null) {
            BoundForms.show(model, "form", EnquiryForm.blank(guard.stamp()));
        }
        return "portal/catalogue/need";
    }

    String thanks(PortalLanguage language, NeedDetail need, Model model) {
        model.addAttribute("head", PageHead.of(text("portal.interest.thanks.title", language),
                PageHead.description(need.summary()), language, PortalLanguage.VI.thanks(need.id(), need.titleVi()),
                PortalLanguage.EN.thanks(need.id(), titleEn(need)), null, "website"));
        model.addAttribute("need", need);
        model.addAttribute("listUrl", language.catalogue());
        return "portal/catalogue/thanks";
    }

    private String titleEn(NeedDetail need) {
        return views.need(PortalLanguage.EN, need.id()).map(NeedDetail::title).orElse(need.title());
    }

    private String text(String key, PortalLanguage language) {
        return messages.getMessage(key, null, language.locale());
    }
}
