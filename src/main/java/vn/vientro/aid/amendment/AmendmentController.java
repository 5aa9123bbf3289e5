package vn.vientro.aid.amendment;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.item.AidItemForm;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.StaleVersionException;

/** The pages of change requests: propose one, read and decide one, compare two versions. */
@Controller
@RequestMapping("/app/aid/items/{itemId}")
class AmendmentController {

    private final Amendments amendments;
    private final AmendmentPages pages;

    AmendmentController(Amendments amendments, AmendmentPages pages) {
        this.amendments = amendments;
        this.pages = pages;
    }

    @GetMapping("/amendments/new")
    @PreAuthorize(AidPolicy.REQUEST_AMENDMENT)
    String form(@PathVariable long itemId, Model model) {
        amendments.requireMayPropose(itemId);
        return pages.form(model, itemId, null);
    }

    @PostMapping("/amendments/new")
    @PreAuthorize(AidPolicy.REQUEST_AMENDMENT)
    String propose(@PathVariable long itemId, @Valid @ModelAttribute("form") AmendmentForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                Amendment amendment = amendments.propose(itemId, form.version() == null ? -1 : form.version(),
                        form.toDetails(), form.reason());
                return FormPosts.saved(redirect, amendment.substantive() ? "aid.amendment.sent"
                        : "aid.amendment.applied", "/app/aid/items/" + itemId + "/amendments/" + amendment.id());
            } catch (StaleVersionException e) {
                errors.reject("record.changedByOther");
                return pages.form(model, itemId, form);
            }
        }, refused -> AidItemForm.reject(errors, refused), () -> pages.form(model, itemId, form));
    }

    @GetMapping("/amendments/{amendmentId}")
    String detail(@PathVariable long itemId, @PathVariable long amendmentId, Model model) {
        return pages.detail(model, itemId, amendmentId);
    }

    @PostMapping("/amendments/{amendmentId}/approve")
    @PreAuthorize(AidPolicy.DECIDE_AMENDMENT)
    String approve(@PathVariable long itemId, @PathVariable long amendmentId,
                   @Valid @ModelAttribute("approvalForm") ApprovalForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        return decide(() -> amendments.approve(itemId, amendmentId, expected(form.version()), form.toDecision()),
                "aid.amendment.approved", itemId, amendmentId, errors, model, redirect);
    }

    @PostMapping("/amendments/{amendmentId}/reject")
    @PreAuthorize(AidPolicy.DECIDE_AMENDMENT)
    String reject(@PathVariable long itemId, @PathVariable long amendmentId,
                  @Valid @ModelAttribute("rejectionForm") RejectionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return decide(() -> amendments.reject(itemId, amendmentId, expected(form.version()), form.rejectionReason()),
                "aid.amendment.rejected", itemId, amendmentId, errors, model, redirect);
    }

    @PostMapping("/amendments/{amendmentId}/note")
    @PreAuthorize(AidPolicy.NOTE_AMENDMENT)
    String note(@PathVariable long itemId, @PathVariable long amendmentId,
                @Valid @ModelAttribute("noteForm") NoteForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        return decide(() -> amendments.note(itemId, amendmentId, expected(form.version()), form.note()),
                "aid.amendment.noted", itemId, amendmentId, errors, model, redirect);
    }

    @GetMapping("/versions/compare")
    @PreAuthorize(AidPolicy.READ)
    String compare(@PathVariable long itemId, @RequestParam int from, @RequestParam int to, Model model) {
        return pages.compare(model, itemId, from, to);
    }

    /** Records one of the decisions; when it is refused, the page shows it again with the error at its field. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    private String decide(Runnable decision, String done, long itemId, long amendmentId, BindingResult errors,
                          Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            decision.run();
            return FormPosts.saved(redirect, done, "/app/aid/items/" + itemId + "/amendments/" + amendmentId);
        }, () -> pages.detail(model, itemId, amendmentId));
    }

    private static long expected(@Nullable Long version) {
        return version == null ? -1 : version;
    }
}
