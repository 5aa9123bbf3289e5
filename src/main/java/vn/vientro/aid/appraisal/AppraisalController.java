package vn.vientro.aid.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.audit.ReadChannel;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.CurrentUser;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.BusinessRuleException;

/** The appraisal tab's actions: ask agencies, answer (with the written reply attached), withdraw, download. */
@Controller
@RequestMapping("/app/aid/items/{itemId}/opinions")
class AppraisalController {

    private final Appraisals appraisals;
    private final AidPortfolio portfolio;
    private final AidFiles files;
    private final Clock clock;

    AppraisalController(Appraisals appraisals, AidPortfolio portfolio, AidFiles files,
                        Clock clock) {
        this.appraisals = appraisals;
        this.portfolio = portfolio;
        this.files = files;
        this.clock = clock;
    }

    /** The request form: ticked {@code agencyId}s, each with {@code topic-<id>} and {@code question-<id>}. */
    @PostMapping
    @PreAuthorize(AidPolicy.ASK_OPINIONS)
    String request(@PathVariable long itemId, @ModelAttribute("opinionRequest") OpinionRequestForm form,
                   BindingResult errors, @RequestParam MultiValueMap<String, String> posted,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) { // a date or an agency that does not read
            refused(redirect, errors.hasFieldErrors("askedOn") ? "aid.appraisal.askedOn.invalid"
                    : "aid.appraisal.agency.unknown", new Object[0]);
            return "redirect:/app/aid/items/" + itemId + "?tab=appraisal";
        }
        try {
            appraisals.request(itemId, form.askedOn(), form.requests(posted));
            redirect.addFlashAttribute("flashSuccess", "aid.appraisal.requested");
        } catch (BusinessRuleException e) {
            refused(redirect, e.messageKey(), e.arguments());
        } catch (IllegalArgumentException e) {
            refused(redirect, "aid.appraisal.agency.unknown", new Object[0]);
        }
        return "redirect:/app/aid/items/" + itemId + "?tab=appraisal";
    }

    @GetMapping("/{opinionId}/answer")
    @PreAuthorize(AidPolicy.ANSWER)
    String answerForm(@PathVariable long itemId, @PathVariable long opinionId, Model model) {
        return answerPage(model, appraisals.toAnswer(itemId, opinionId), AnswerForm.answeredOn(LocalDate.now(clock)));
    }

    @PostMapping("/{opinionId}/answer")
    @PreAuthorize(AidPolicy.ANSWER)
    String answer(@PathVariable long itemId, @PathVariable long opinionId, @ModelAttribute("form") AnswerForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        String tab = "/app/aid/items/" + itemId + "?tab=appraisal";
        return FormPosts.submit(errors, () -> {
            try {
                appraisals.answer(itemId, opinionId, form.toReply(), form.attachment());
                return FormPosts.saved(redirect, "aid.appraisal.answered", tab);
            } catch (BusinessRuleException e) {
                if (e.problem() != AidProblem.OPINION_CLOSED) {
                    throw e;
                }
                refused(redirect, e.messageKey(), e.arguments()); // closed meanwhile: the tab says so
                return "redirect:" + tab;
            }
        }, () -> answerPage(model, appraisals.toAnswer(itemId, opinionId), form));
    }

    @PostMapping("/{opinionId}/withdraw")
    @PreAuthorize(AidPolicy.ASK_OPINIONS)
    String withdraw(@PathVariable long itemId, @PathVariable long opinionId, RedirectAttributes redirect) {
        try {
            appraisals.withdraw(itemId, opinionId);
            redirect.addFlashAttribute("flashSuccess", "aid.appraisal.withdrawn");
        } catch (BusinessRuleException e) {
            refused(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/app/aid/items/" + itemId + "?tab=appraisal";
    }

    private static void refused(RedirectAttributes redirect, String messageKey, Object[] arguments) {
        redirect.addFlashAttribute("appraisalError", messageKey);
        redirect.addFlashAttribute("appraisalErrorArguments", arguments);
    }

    @GetMapping("/{opinionId}/file")
    ResponseEntity<Resource> file(@PathVariable long itemId, @PathVariable long opinionId) {
        return AnswerDownloads.of(appraisals.answerFile(itemId, opinionId, ReadChannel.PAGE), files);
    }

    private String answerPage(Model model, OpinionRequestView opinion, AnswerForm form) {
        AidItemView item = portfolio.get(opinion.itemId());
        model.addAttribute("opinion", opinion);
        model.addAttribute("item", item);
        BoundForms.show(model, "form", form);
        model.addAttribute("answers", OpinionAnswer.values());
        model.addAttribute("currentAgencyId", CurrentUser.agency().orElse(-1));
        model.addAttribute("maxMegabytes", files.maxMegabytes());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("aid.opinions.title", OpinionNotices.INBOX),
                Breadcrumb.here("aid.appraisal.answer.title", opinion.itemCode())));
        return "aid/appraisal/answer";
    }
}
