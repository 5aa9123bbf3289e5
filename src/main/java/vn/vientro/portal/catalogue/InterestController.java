package vn.vientro.portal.catalogue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.view.RedirectView;
import vn.vientro.mobilisation.PublicInterests;
import vn.vientro.platform.BoundForms;
import vn.vientro.portal.site.PortalLanguage;

import static vn.vientro.portal.catalogue.PortalCatalogueController.EN_LIST;
import static vn.vientro.portal.catalogue.PortalCatalogueController.VI_LIST;

/**
 * "We are interested": an organisation's message about a published need, sent by anyone without signing in, which
 * reaches the focal point's funnel. A refused form is shown again as typed, the reason at its field or above it.
 */
@Controller
class InterestController {

    private final PortalPageModel pages;
    private final PublicInterests interests;
    private final SpamGuard guard;

    InterestController(PortalPageModel pages, PublicInterests interests, SpamGuard guard) {
        this.pages = pages;
        this.interests = interests;
        this.guard = guard;
    }

    @PostMapping({VI_LIST + "/{id:\\d+}-{slug}/quan-tam", EN_LIST + "/{id:\\d+}-{slug}/interest"})
    Object send(@PathVariable long id, @Valid @ModelAttribute("form") EnquiryForm form, BindingResult errors,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        NeedDetail need = pages.need(language, id);
        String address = request.getRemoteAddr();
        SpamGuard.Refusal refusal = guard.check(form.website(), form.stamp(), address);
        if (refusal != null) {
            errors.reject(refusal.messageKey());
            response.setStatus(refusal == SpamGuard.Refusal.TOO_MANY ? HttpStatus.TOO_MANY_REQUESTS.value()
                    : HttpStatus.BAD_REQUEST.value());
        }
        if (errors.hasErrors()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            BoundForms.rebind(model, "form", form.stamped(guard.stamp()), errors);
            return pages.need(language, need, form, model);
        }
        interests.receive(id, form.enquiry());
        guard.sentFrom(address);
        RedirectView thanks = new RedirectView(need.thanksUrl());
        thanks.setStatusCode(HttpStatus.SEE_OTHER);
        thanks.setExposeModelAttributes(false);
        return thanks;
    }

    @GetMapping({VI_LIST + "/{id:\\d+}-{slug}/cam-on", EN_LIST + "/{id:\\d+}-{slug}/thank-you"})
    String thanks(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return pages.thanks(language, pages.need(language, id), model);
    }
}
