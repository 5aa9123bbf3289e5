package vn.vientro.reference.sector;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.ReferencePolicy;
import vn.vientro.shared.BusinessRuleException;

@Controller
class SectorController {

    private final Codelists codelists;
    private final PriorityFields priorityFields;
    private final MessageSource messages;
    private final ReferencePolicy policy;

    SectorController(Codelists codelists, PriorityFields priorityFields, MessageSource messages,
                     ReferencePolicy policy) {
        this.codelists = codelists;
        this.priorityFields = priorityFields;
        this.messages = messages;
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
        String codes = String.join(", ", field.sectors().stream().map(s -> s.code()).toList());
        return form(model, field, field.version(), field.nameVi(), field.nameEn(), codes);
    }

    @PostMapping("/app/reference/priority-fields/{id}")
    @PreAuthorize(ReferencePolicy.MANAGE_PRIORITY_FIELDS)
    String update(@PathVariable long id, @RequestParam long version, @RequestParam String nameVi,
                  @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String sectors,
                  Model model, RedirectAttributes redirect) {
        List<String> codes = Arrays.stream(sectors.split("[,;\\s]+")).map(String::trim).filter(c -> !c.isEmpty()).toList();
        try {
            priorityFields.update(id, version, nameVi, nameEn, codes);
            redirect.addFlashAttribute("flashSuccess", "reference.priorityFields.saved");
            return "redirect:/app/reference/sectors";
        } catch (BusinessRuleException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(),
                    LocaleContextHolder.getLocale()));
            return form(model, priorityFields.get(id), version, nameVi, nameEn, sectors);
        } catch (OptimisticLockingFailureException e) {
            PriorityField current = priorityFields.get(id);
            model.addAttribute("conflict", true);
            return form(model, current, current.version(), nameVi, nameEn, sectors);
        }
    }

    private String form(Model model, PriorityField field, long version, String nameVi, String nameEn, String codes) {
        model.addAttribute("field", field);
        model.addAttribute("version", version);
        model.addAttribute("nameVi", nameVi);
        model.addAttribute("nameEn", nameEn);
        model.addAttribute("sectors", codes);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("reference.sectors.title", "/app/reference/sectors"),
                Breadcrumb.here("reference.priorityFields.edit")));
        return "reference/sector/priority-field-form";
    }
}
