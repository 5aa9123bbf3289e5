package vn.vientro.portal.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.FieldErrors;
import vn.vientro.portal.catalogue.SpamGuard;
import vn.vientro.portal.site.PageHead;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;
import vn.vientro.portal.tracking.TrackingGuard;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.NotFoundException;

/**
 * Community feedback on the portal: the form beside a published item's or need's page, sent without a session or
 * CSRF token and guarded as the interest form is (honeypot, signed fill time, rate limit per address); the page that
 * gives the sender their code and check code (once, never cached); and the page where they follow it with both codes,
 * limited per address as the dossier tracking is.
 */
@Controller
class PortalFeedbackController {

    static final String TRACK_VI = "/phan-anh/tra-cuu";
    static final String TRACK_EN = "/en/feedback/track";
    private static final String ITEM_VI = "/minh-bach/{id:\\d+}-{slug}/phan-anh";
    private static final String NEED_VI = "/danh-muc-du-an/{id:\\d+}-{slug}/phan-anh";
    private static final String ITEM_EN = "/en/transparency/{id:\\d+}-{slug}/feedback";
    private static final String NEED_EN = "/en/projects-calling-for-aid/{id:\\d+}-{slug}/feedback";

    private final PublicFeedback feedback;
    private final FeedbackSubjects subjects;
    private final SpamGuard guard;
    private final TrackingGuard trackingGuard;
    private final Publications publications;
    private final MessageSource messages;

    @SuppressWarnings("checkstyle:ParameterNumber")
    PortalFeedbackController(PublicFeedback feedback, FeedbackSubjects subjects, SpamGuard guard,
                             TrackingGuard trackingGuard, Publications publications, MessageSource messages) {
        this.feedback = feedback;
        this.subjects = subjects;
        this.guard = guard;
        this.trackingGuard = trackingGuard;
        this.publications = publications;
        this.messages = messages;
    }

    @GetMapping({ITEM_VI, NEED_VI, ITEM_EN, NEED_EN})
    @Nullable String form(@PathVariable long id, HttpServletRequest request, HttpServletResponse response,
                          WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        FeedbackSubjects.SubjectPage subject = subject(request, id, language);
        if (publications.notModified(web, response, language)) {
            return null;
        }
        BoundForms.show(model, "form", PublicFeedbackForm.blank(guard.stamp()));
        return formPage(language, subject, model);
    }

    @PostMapping({ITEM_VI, NEED_VI, ITEM_EN, NEED_EN})
    String send(@PathVariable long id, @Valid @ModelAttribute("form") @Nullable PublicFeedbackForm sent,
                BindingResult errors,
                @RequestParam(required = false) @Nullable MultipartFile photo, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        FeedbackSubjects.SubjectPage subject = subject(request, id, language);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // a form no record could be made of (a value of the wrong type) is shown again blank, with its errors
        PublicFeedbackForm form = sent != null ? sent : PublicFeedbackForm.blank(guard.stamp());
        String address = request.getRemoteAddr();
        SpamGuard.Refusal refusal = guard.check(form.website(), form.stamp(), address);
        if (refusal != null) {
            errors.reject(refusal.messageKey());
            response.setStatus(refusal == SpamGuard.Refusal.TOO_MANY ? HttpStatus.TOO_MANY_REQUESTS.value()
                    : HttpStatus.BAD_REQUEST.value());
        }
        if (sent != null && form.lacksName()) {
            errors.rejectValue("name", "portal.feedback.name.required");
        }
        if (sent != null && form.lacksContact()) {
            errors.rejectValue("contact", "portal.feedback.contact.required");
        }
        if (!errors.hasErrors()) {
            try {
                FeedbackCodes codes = feedback.receive(subject.kind(), id, form.submission(photo(photo)));
                guard.sentFrom(address);
                model.addAttribute("codes", codes);
                model.addAttribute("subject", subject);
                model.addAttribute("trackUrl", trackUrl(language));
                model.addAttribute("subjectUrl", subject.url(language));
                model.addAttribute("head", head(language, "portal.feedback.sent.title", subject.viUrl() + "/phan-anh",
                        subject.enUrl() + "/feedback"));
                return "portal/feedback/sent";
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        BoundForms.rebind(model, "form", form.stamped(guard.stamp()), errors);
        return formPage(language, subject, model);
    }

    @GetMapping({TRACK_VI, TRACK_EN})
    String trackForm(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("form", FeedbackTrackingForm.blank());
        return trackPage(PortalLanguage.of(request.getRequestURI()), model);
    }

    @PostMapping({TRACK_VI, TRACK_EN})
    String track(@Valid @ModelAttribute("form") FeedbackTrackingForm form, BindingResult errors,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!trackingGuard.allow(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            errors.reject("portal.tracking.tooMany");
        } else if (!errors.hasErrors()) {
            Optional<TrackedFeedback> found = feedback.track(form.code(), form.checkCode());
            if (found.isPresent()) {
                model.addAttribute("tracked", found.get());
            } else {
                errors.reject("portal.feedback.track.notFound");
            }
        }
        BoundForms.rebind(model, "form", form, errors);
        return trackPage(PortalLanguage.of(request.getRequestURI()), model);
    }

    /** The item or need the address names, if published; the kind is in the address. */
    private FeedbackSubjects.SubjectPage subject(HttpServletRequest request, long id, PortalLanguage language) {
        String path = request.getRequestURI();
        SubjectKind kind = path.startsWith("/minh-bach/") || path.startsWith("/en/transparency/")
                ? SubjectKind.AID_ITEM : SubjectKind.NEED;
        return subjects.find(kind, id, language).orElseThrow(() -> new NotFoundException("feedback subject", id));
    }

    private String formPage(PortalLanguage language, FeedbackSubjects.SubjectPage subject, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("subjectUrl", subject.url(language));
        model.addAttribute("formUrl", subject.formUrl(language));
        model.addAttribute("trackUrl", trackUrl(language));
        model.addAttribute("maxPhotoMegabytes", feedback.maxPhotoMegabytes());
        model.addAttribute("head", head(language, "portal.feedback.form.title", subject.formUrl(PortalLanguage.VI),
                subject.formUrl(PortalLanguage.EN)));
        return "portal/feedback/form";
    }

    private String trackPage(PortalLanguage language, Model model) {
        model.addAttribute("head", head(language, "portal.feedback.track.title", TRACK_VI, TRACK_EN));
        model.addAttribute("trackUrl", trackUrl(language));
        return "portal/feedback/track";
    }

    private PageHead head(PortalLanguage language, String titleKey, String viPath, String enPath) {
        return PageHead.of(text(titleKey, language), text("portal.feedback.description", language), language,
                viPath, enPath, null, "website");
    }

    private String text(String key, PortalLanguage language) {
        return messages.getMessage(key, null, language.locale());
    }

    static String trackUrl(PortalLanguage language) {
        return language == PortalLanguage.VI ? TRACK_VI : TRACK_EN;
    }

    private static FeedbackSubmission.@Nullable Photo photo(@Nullable MultipartFile photo) {
        if (photo == null || photo.isEmpty()) {
            return null;
        }
        try {
            String name = photo.getOriginalFilename();
            return new FeedbackSubmission.Photo(name == null || name.isBlank() ? "photo" : name, photo.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
