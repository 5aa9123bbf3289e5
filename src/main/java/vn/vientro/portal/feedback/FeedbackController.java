package vn.vientro.portal.feedback;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.portal.FeedbackPolicy;
import vn.vientro.portal.feedback.FeedbackForms.AnswerForm;
import vn.vientro.portal.feedback.FeedbackForms.AssignForm;
import vn.vientro.portal.feedback.FeedbackForms.TriageForm;
import vn.vientro.portal.feedback.FeedbackForms.VersionForm;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

import static vn.vientro.portal.feedback.FeedbackForms.version;

/**
 * The staff's pages of community feedback: the list with its filters, and a feedback's page with the sender's
 * personal data and the forms of the steps the user may take; each form answers with a redirect to the page.
 */
@Controller
@RequestMapping(FeedbackController.PATH)
class FeedbackController {

    static final String PATH = "/app/portal/feedback";
    private static final Breadcrumb HOME = Breadcrumb.link("platform.home.title", "/app");
    private static final Breadcrumb LIST = Breadcrumb.link("portal.feedback.staff.title", PATH);

    private final FeedbackDesk desk;
    private final FeedbackPolicy policy;
    private final AidFiles files;
    private final FeedbackRules rules;

    FeedbackController(FeedbackDesk desk, FeedbackPolicy policy, AidFiles files, FeedbackRules rules) {
        this.desk = desk;
        this.policy = policy;
        this.files = files;
        this.rules = rules;
    }

    @GetMapping
    @PreAuthorize(FeedbackPolicy.LIST)
    String list(@RequestParam(required = false) @Nullable FeedbackStatus status,
                @RequestParam(required = false) boolean overdue,
                @RequestParam(required = false) @Nullable SubjectKind subject,
                @RequestParam(required = false) @Nullable String q, Model model) {
        FeedbackFilter filter = new FeedbackFilter(status, overdue, subject, q);
        model.addAttribute("filter", filter);
        model.addAttribute("found", desk.list(filter));
        model.addAttribute("statuses", FeedbackStatus.values());
        model.addAttribute("subjects", SubjectKind.values());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, Breadcrumb.here("portal.feedback.staff.title")));
        return "portal/feedback/list";
    }

    @GetMapping("/{feedbackId}")
    @PreAuthorize(FeedbackPolicy.READ)
    String page(@PathVariable long feedbackId, Model model) {
        FeedbackView feedback = desk.get(feedbackId);
        model.addAttribute("feedback", feedback);
        model.addAttribute("subjectUrl", desk.subjectUrl(feedbackId).orElse(null));
        model.addAttribute("source", rules.source());
        model.addAttribute("workingDays", rules.answerWorkingDays());
        boolean triages = policy.triages();
        model.addAttribute("canTriage", triages && feedback.status() == FeedbackStatus.RECEIVED);
        model.addAttribute("canReject", triages && (feedback.status() == FeedbackStatus.RECEIVED
                || feedback.status() == FeedbackStatus.ACCEPTED));
        boolean assigns = triages && (feedback.status() == FeedbackStatus.RECEIVED
                || feedback.status() == FeedbackStatus.ACCEPTED || feedback.status() == FeedbackStatus.ASSIGNED);
        model.addAttribute("canAssign", assigns);
        model.addAttribute("canAnswer", policy.canAnswer(feedbackId) && (feedback.status() == FeedbackStatus.ASSIGNED
                || feedback.status() == FeedbackStatus.ANSWERED));
        model.addAttribute("canPublish", triages && feedback.status() == FeedbackStatus.ANSWERED);
        if (assigns) {
            model.addAttribute("agencies", desk.agencies());
            BoundForms.showBlank(model, "assignForm", new AssignForm(feedback.version(), feedback.agencyId() != null
                    ? feedback.agencyId() : desk.answeringAgency(feedbackId).orElse(null)));
        }
        BoundForms.showBlank(model, "triageForm", TriageForm.blank(feedback.version()));
        BoundForms.showBlank(model, "answerForm", new AnswerForm(feedback.version(), feedback.answer()));
        model.addAttribute("rejections", Rejection.values());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST, Breadcrumb.here("portal.feedback.staff.one",
                feedback.code())));
        return "portal/feedback/page";
    }

    /** The photo sent with it: personal data, read by staff only, never cached by a shared cache. */
    @GetMapping("/{feedbackId}/photo")
    @PreAuthorize(FeedbackPolicy.READ)
    ResponseEntity<byte[]> photo(@PathVariable long feedbackId) {
        return desk.photo(feedbackId).map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.noStore()).body(files.read(file.id())))
                .orElseThrow(() -> new NotFoundException("photo", feedbackId));
    }

    @PostMapping("/{feedbackId}/triage")
    @PreAuthorize(FeedbackPolicy.TRIAGE)
    String triage(@PathVariable long feedbackId, @Valid @ModelAttribute("triageForm") TriageForm form,
                  BindingResult errors, RedirectAttributes redirect) {
        return step(feedbackId, "triageForm", form, errors, redirect, () -> desk.triage(feedbackId,
                version(form.version()), form.decision(), form.rejection(), form.note()));
    }

    @PostMapping("/{feedbackId}/assign")
    @PreAuthorize(FeedbackPolicy.TRIAGE)
    String assign(@PathVariable long feedbackId, @Valid @ModelAttribute("assignForm") AssignForm form,
                  BindingResult errors, RedirectAttributes redirect) {
        return step(feedbackId, "assignForm", form, errors, redirect,
                () -> desk.assign(feedbackId, version(form.version()), form.agencyId()));
    }

    @PostMapping("/{feedbackId}/answer")
    @PreAuthorize(FeedbackPolicy.ANSWER)
    String answer(@PathVariable long feedbackId, @Valid @ModelAttribute("answerForm") AnswerForm form,
                  BindingResult errors, RedirectAttributes redirect) {
        String page = PATH + "/" + feedbackId;
        return FormPosts.submit(errors, () -> {
            try {
                desk.answer(feedbackId, version(form.version()), form.answer());
                return FormPosts.saved(redirect, "portal.feedback.staff.saved", page);
            } catch (StaleVersionException e) {
                errors.reject("record.changedByOther"); // kept as typed: saving again overwrites on purpose
                return FormPosts.kept(redirect, "answerForm", form.withVersion(desk.get(feedbackId).version()),
                        errors, page);
            }
        }, () -> FormPosts.kept(redirect, "answerForm", form, errors, page));
    }

    @PostMapping("/{feedbackId}/publish")
    @PreAuthorize(FeedbackPolicy.TRIAGE)
    String publish(@PathVariable long feedbackId, @ModelAttribute("publishForm") VersionForm form,
                   BindingResult errors, RedirectAttributes redirect) {
        return step(feedbackId, "publishForm", form, errors, redirect,
                () -> desk.publish(feedbackId, version(form.version())));
    }

    private String step(long feedbackId, String name, Object form, BindingResult errors, RedirectAttributes redirect,
                        Runnable save) {
        String page = PATH + "/" + feedbackId;
        return FormPosts.submit(errors, () -> {
            try {
                save.run();
                return FormPosts.saved(redirect, "portal.feedback.staff.saved", page);
            } catch (StaleVersionException e) {
                errors.reject("record.changedByOther");
                return FormPosts.kept(redirect, name, form, errors, page);
            }
        }, () -> FormPosts.kept(redirect, name, form, errors, page));
    }
}
