package vn.vientro.reference.rate;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.reference.ReferencePolicy;
import vn.vientro.shared.StaleVersionException;

/** Administrators add, correct and delete single rates; every handler asks the policy, and the service again. */
@Controller
@RequestMapping("/app/reference/exchange-rates")
class ExchangeRateAdminController {

    private static final String LIST = "/app/reference/exchange-rates";

    private final ExchangeRates rates;
    private final RateFormErrors formErrors;

    ExchangeRateAdminController(ExchangeRates rates, RateFormErrors formErrors) {
        this.rates = rates;
        this.formErrors = formErrors;
    }

    @GetMapping("/new")
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    String create(Model model) {
        return form(model, ExchangeRateForm.blank(), null);
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    String edit(@PathVariable long id, Model model) {
        return form(model, ExchangeRateForm.of(rates.get(id)), id);
    }

    @PostMapping("/new")
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    String record(@Valid @ModelAttribute("form") ExchangeRateForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            rates.record(form.toDetails());
            return FormPosts.saved(redirect, "reference.rate.saved", LIST);
        }, refused -> formErrors.reject(errors, refused), () -> form(model, form, null));
    }

    @PostMapping("/{id:\\d+}")
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ExchangeRateForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                rates.update(id, versionOf(form), form.toDetails());
                return FormPosts.saved(redirect, "reference.rate.saved", LIST);
            } catch (StaleVersionException e) {
                return form(model, showConflict(id, form, errors, model), id);
            }
        }, refused -> formErrors.reject(errors, refused), () -> form(model, form, id));
    }

    @PostMapping("/{id:\\d+}/delete")
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    String delete(@PathVariable long id, @ModelAttribute("form") ExchangeRateForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        try {
            rates.delete(id, versionOf(form));
            redirect.addFlashAttribute("flashSuccess", "reference.rate.deleted");
            return "redirect:" + LIST;
        } catch (StaleVersionException e) {
            // Nothing was typed: show the rate as it now stands and let the user decide again.
            ExchangeRateForm stored = ExchangeRateForm.of(rates.get(id));
            BoundForms.rebind(model, "form", stored, errors).reject("reference.rate.deleteConflict");
            return form(model, stored, id);
        }
    }

    /** Shows the other person's version beside what this user typed, and arms the form to overwrite it. */
    private ExchangeRateForm showConflict(long id, ExchangeRateForm form, BindingResult errors, Model model) {
        ExchangeRateForm current = ExchangeRateForm.of(rates.get(id));
        model.addAttribute("conflict", current);
        ExchangeRateForm again = form.withVersion(current.version());
        BoundForms.showAgain(model, "form", again, errors);
        return again;
    }

    private static long versionOf(ExchangeRateForm form) {
        return form.version() == null ? -1 : form.version();
    }

    private String form(Model model, ExchangeRateForm form, @Nullable Long id) {
        BoundForms.show(model, "form", form);
        model.addAttribute("rateId", id);
        if (id != null) {
            model.addAttribute("rate", rates.get(id));
        }
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("reference.rates.title", LIST),
                Breadcrumb.here(id == null ? "reference.rate.new" : "reference.rate.edit")));
        return "reference/rate/form";
    }
}
