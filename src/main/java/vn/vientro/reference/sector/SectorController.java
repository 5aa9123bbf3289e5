package vn.vientro.reference.sector;

import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FieldErrors;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.ReferencePolicy;
import vn.vientro.shared.BusinessRuleException;

@Controller
class SectorController {

    private final Codelists codelists;
    private final PriorityFields priorityFields;
    private final ReferencePolicy policy;

    SectorController(Codelists codelists, PriorityFields priorityFields, ReferencePolicy policy) {
        this.codelists = codelists;
        this.priorityFields = priorityFields;
        this.policy = policy;
    }

    @GetMapping("/app/reference/sectors")
    String sectors(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("fields", priorityFields.all());
        model.addAttribute("sectors", codelists.sectors(q, 400));
        model.addAttribute("q", q);
        model.addAttribute("canManagePriorityFields", policy.canManagePriorityFields());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("reference.sectors.title")));
        return "reference/sector/list";
    }

    @GetMapping("/app/reference/priority-fields/{id}")
    @PreAuthorize(ReferencePolicy.MANAGE_PRIORITY_FIELDS)
    String edit(@PathVariable long id, Model model) {
        PriorityField field = priorityFields.get(id);
        return form(model, field, PriorityFieldForm.of(field));
    }

    @PostMapping("/app/reference/priority-fields/{id}")
    @PreAuthorize(ReferencePolicy.MANAGE_PRIORITY_FIELDS)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PriorityFieldForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, priorityFields.get(id), form);
        }
        try {
            priorityFields.update(id, form.version() == null ? -1 : form.version(), form.nameVi(), form.nameEn(),
                    form.sectorCodes());
            redirect.addFlashAttribute("flashSuccess", "reference.priorityFields.saved");
            return "redirect:/app/reference/sectors";
        } catch (BusinessRuleException e) {
            FieldErrors.reject(errors, e);
            return form(model, priorityFields.get(id), form);
        } catch (OptimisticLockingFailureException e) {
            PriorityField current = priorityFields.get(id);
            model.addAttribute("conflict", current);
            PriorityFieldForm again = form.withVersion(current.version());
            BoundForms.showAgain(model, "form", again, errors);
            return form(model, current, again);
        }
    }

    private String form(Model model, PriorityField field, PriorityFieldForm form) {
        model.addAttribute("field", field);
        BoundForms.show(model, "form", form);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("reference.sectors.title", "/app/reference/sectors"),
                Breadcrumb.here("reference.priorityFields.edit")));
        return "reference/sector/priority-field-form";
    }
}
