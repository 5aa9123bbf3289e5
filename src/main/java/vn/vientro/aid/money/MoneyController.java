package vn.vientro.aid.money;

import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.FieldErrors;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The money tab's form, and the page to correct or delete one transaction. */
@Controller
@RequestMapping("/app/aid/items/{itemId}/money")
class MoneyController {

    private final MoneyFlows flows;
    private final AidPortfolio portfolio;
    private final MoneyPageModel pageModel;

    MoneyController(MoneyFlows flows, AidPortfolio portfolio, MoneyPageModel pageModel) {
        this.flows = flows;
        this.portfolio = portfolio;
        this.pageModel = pageModel;
    }

    @PostMapping
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    String record(@PathVariable long itemId, @Valid @ModelAttribute("moneyForm") MoneyForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            flows.record(itemId, form.toInput(), form.reason());
            return done(itemId, redirect, "aid.money.recorded");
        }, () -> pageModel.page(model, portfolio.get(itemId), form, null));
    }

    @GetMapping("/{transactionId}")
    String edit(@PathVariable long itemId, @PathVariable long transactionId, Model model) {
        MoneyTransaction transaction = flows.get(itemId, transactionId);
        return pageModel.page(model, portfolio.get(itemId), MoneyForm.of(transaction), transaction);
    }

    @PostMapping("/{transactionId}")
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    String correct(@PathVariable long itemId, @PathVariable long transactionId,
                   @Valid @ModelAttribute("moneyForm") MoneyForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                flows.correct(itemId, transactionId, form.version() == null ? -1 : form.version(), form.toInput(),
                        form.reason());
                return done(itemId, redirect, "aid.money.corrected");
            } catch (OptimisticLockingFailureException e) {
                return conflict(itemId, transactionId, form, errors, model);
            }
        }, () -> pageModel.page(model, portfolio.get(itemId), form, flows.get(itemId, transactionId)));
    }

    @PostMapping("/{transactionId}/delete")
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    String delete(@PathVariable long itemId, @PathVariable long transactionId, @RequestParam long version,
                  @RequestParam(required = false) @Nullable String closeReason, Model model,
                  RedirectAttributes redirect) {
        try {
            flows.delete(itemId, transactionId, version, closeReason == null || closeReason.isBlank() ? null
                    : closeReason);
            return done(itemId, redirect, "aid.money.deleted");
        } catch (InvalidInputException e) {
            MoneyTransaction transaction = flows.get(itemId, transactionId);
            MoneyForm current = MoneyForm.of(transaction);
            BindingResult errors = new BeanPropertyBindingResult(current, "moneyForm");
            FieldErrors.reject(errors, e);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "moneyForm", errors);
            return pageModel.page(model, portfolio.get(itemId), current, transaction);
        } catch (OptimisticLockingFailureException e) {
            MoneyForm current = MoneyForm.of(flows.get(itemId, transactionId));
            BindingResult errors = new BeanPropertyBindingResult(current, "moneyForm");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "moneyForm", errors);
            return conflict(itemId, transactionId, current, errors, model);
        }
    }

    /**
     * Someone else saved first (the version the form carried is stale, or their save won the race to this one): show
     * their version, keep what this user typed, and let them save again.
     */
    private String conflict(long id, long transactionId, MoneyForm form, BindingResult errors, Model model) {
        MoneyTransaction current = flows.get(id, transactionId);
        MoneyForm again = form.withVersion(current.version());
        BoundForms.showAgain(model, "moneyForm", again, errors);
        model.addAttribute("conflict", current);
        AidItemView item = portfolio.get(id);
        return pageModel.page(model, item, again, current);
    }

    private static String done(long id, RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("flashSuccess", message);
        return "redirect:/app/aid/items/" + id + "?tab=money";
    }
}
