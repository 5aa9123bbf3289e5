package vn.vientro.aid.amendment;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.vientro.shared.BusinessRuleException;
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
        if (!errors.hasErrors()) {
            try {
                Amendment amendment = amendments.propose(itemId, form.version() == null ? -1 : form.version(),
                        form.toDetails(), form.reason());
                redirect.addFlashAttribute("flashSuccess", amendment.substantive() ? "aid.amendment.sent"
                        : "aid.amendment.applied");
                return "redirect:/app/aid/items/" + itemId + "/amendments/" + amendment.id();
            } catch (StaleVersionException e) {
                errors.reject("record.changedByOther");
            } catch (BusinessRuleException e) {
                AidItemForm.reject(errors, e);
            }
        }
        return pages.form(model, itemId, form);
    }

    @GetMapping("/amendments/{amendmentId}")
    String detail(@PathVariable long itemId, @PathVariable long amendmentId, Model model) {
        return pages.detail(model, itemId, amendmentId, null, null);
    }

    @PostMapping("/amendments/{amendmentId}/approve")
    @SuppressWarnings("checkstyle:ParameterNumber")
    @PreAuthorize(AidPolicy.DECIDE_AMENDMENT)
    String approve(@PathVariable long itemId, @PathVariable long amendmentId, @RequestParam long version,
                   @RequestParam(required = false) @Nullable String decisionNumber,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                   @Nullable LocalDate decisionDate,
                   @RequestParam(required = false) @Nullable String signer, Model model, RedirectAttributes redirect) {
        Decision decision = new Decision(decisionNumber, decisionDate, signer);
        try {
            amendments.approve(itemId, amendmentId, version, decision);
        } catch (BusinessRuleException e) {
            return pages.detail(model, itemId, amendmentId, e, new DecisionInput(decision, null, null));
        }
        redirect.addFlashAttribute("flashSuccess", "aid.amendment.approved");
        return "redirect:/app/aid/items/" + itemId + "/amendments/" + amendmentId;
    }

    @PostMapping("/amendments/{amendmentId}/reject")
    @PreAuthorize(AidPolicy.DECIDE_AMENDMENT)
    String reject(@PathVariable long itemId, @PathVariable long amendmentId, @RequestParam long version,
                  @RequestParam(required = false) @Nullable String rejectionReason, Model model,
                  RedirectAttributes redirect) {
        try {
            amendments.reject(itemId, amendmentId, version, rejectionReason);
        } catch (BusinessRuleException e) {
            return pages.detail(model, itemId, amendmentId, e, new DecisionInput(null, rejectionReason, null));
        }
        redirect.addFlashAttribute("flashSuccess", "aid.amendment.rejected");
        return "redirect:/app/aid/items/" + itemId + "/amendments/" + amendmentId;
    }

    @PostMapping("/amendments/{amendmentId}/note")
    @PreAuthorize(AidPolicy.NOTE_AMENDMENT)
    String note(@PathVariable long itemId, @PathVariable long amendmentId, @RequestParam long version,
                @RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect) {
        try {
            amendments.note(itemId, amendmentId, version, note);
        } catch (BusinessRuleException e) {
            return pages.detail(model, itemId, amendmentId, e, new DecisionInput(null, null, note));
        }
        redirect.addFlashAttribute("flashSuccess", "aid.amendment.noted");
        return "redirect:/app/aid/items/" + itemId + "/amendments/" + amendmentId;
    }

    @GetMapping("/versions/compare")
    @PreAuthorize(AidPolicy.READ)
    String compare(@PathVariable long itemId, @RequestParam int from, @RequestParam int to, Model model) {
        return pages.compare(model, itemId, from, to);
    }

    /** What was typed in one of the decision forms, kept when it is refused. */
    record DecisionInput(@Nullable Decision decision, @Nullable String rejectionReason, @Nullable String note) {
    }
}
