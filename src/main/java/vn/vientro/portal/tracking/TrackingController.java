package vn.vientro.portal.tracking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.vientro.aid.DossierTrackingQueries;
import vn.vientro.aid.TrackedDossier;
import vn.vientro.platform.BoundForms;
import vn.vientro.portal.site.PageHead;
import vn.vientro.portal.site.PortalLanguage;

/**
 * Dossier tracking (issue 15, point 5): whoever holds a receipt's code and check code follows the dossier's public
 * status. The form is sent without a session or CSRF token, limited per client address; a wrong pair gets one
 * message that does not say which part was wrong. Answers are per query, so never cached.
 */
@Controller
class TrackingController {

    static final String VI = "/tra-cuu-ho-so";
    static final String EN = "/en/dossier-tracking";

    private final DossierTrackingQueries tracking;
    private final TrackingGuard guard;
    private final MessageSource messages;

    TrackingController(DossierTrackingQueries tracking, TrackingGuard guard, MessageSource messages) {
        this.tracking = tracking;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping({VI, EN})
    String form(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("form", TrackingForm.blank());
        return page(PortalLanguage.of(request.getRequestURI()), model);
    }

    @PostMapping({VI, EN})
    String track(@Valid @ModelAttribute("form") TrackingForm form, BindingResult errors, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!guard.allow(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            errors.reject("portal.tracking.tooMany");
        } else if (!errors.hasErrors()) {
            Optional<TrackedDossier> found = tracking.track(form.receiptCode(), form.checkCode());
            if (found.isPresent()) {
                model.addAttribute("dossier", found.get());
            } else {
                errors.reject("portal.tracking.notFound");
            }
        }
        BoundForms.rebind(model, "form", form, errors);
        return page(PortalLanguage.of(request.getRequestURI()), model);
    }

    private String page(PortalLanguage language, Model model) {
        model.addAttribute("head", PageHead.of(messages.getMessage("portal.tracking.title", null, language.locale()),
                messages.getMessage("portal.tracking.description", null, language.locale()), language, VI, EN, null,
                "website"));
        model.addAttribute("trackingUrl", language.tracking());
        return "portal/tracking/page";
    }
}
