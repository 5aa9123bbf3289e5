package vn.vientro.registry.organisation;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
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
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.StaleVersionException;

@Controller
@RequestMapping("/app/registry/organisations")
class OrganisationController {

    private final OrganisationRegistry registry;
    private final OrganisationPageModel pageModel;

    OrganisationController(OrganisationRegistry registry, OrganisationPageModel pageModel) {
        this.registry = registry;
        this.pageModel = pageModel;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable OrganisationKind kind,
                @RequestParam(required = false) @Nullable OrganisationStatus status,
                @RequestParam(required = false) @Nullable String country,
                @RequestParam(required = false) @Nullable String sector,
                @RequestParam(required = false) @Nullable Integer expiring,
                @RequestParam(defaultValue = "false") boolean noPermit,
                @RequestParam(required = false) @Nullable String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        OrganisationFilter filter = new OrganisationFilter(kind, status, country, sector, expiring, noPermit, q, page, 50);
        model.addAttribute("filter", filter);
        model.addAttribute("result", registry.list(filter));
        pageModel.addChoices(model);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("registry.organisations.title")));
        return "registry/organisation/list";
    }

    @GetMapping("/new")
    @PreAuthorize(RegistryPolicy.WRITE)
    String create(Model model) {
        return pageModel.form(model, OrganisationForm.blank(), null);
    }

    @PostMapping("/new")
    @PreAuthorize(RegistryPolicy.WRITE)
    String register(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        List<String> communes = pageModel.communes(form, errors);
        return FormPosts.submit(errors, () -> {
            try {
                return FormPosts.saved(redirect, "registry.organisation.saved", "/app/registry/organisations/"
                        + registry.register(form.toDetails(communes), form.confirmNotDuplicate()));
            } catch (DuplicateOrganisationException e) {
                model.addAttribute("duplicates", e.candidates());
                return pageModel.form(model, form.withCommunes(communes), null);
            }
        }, () -> pageModel.form(model, form.withCommunes(communes), null));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "profile") String tab, Model model) {
        return pageModel.detail(model, registry.get(id), tab);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(RegistryPolicy.WRITE)
    String edit(@PathVariable long id, Model model) {
        return pageModel.form(model, OrganisationForm.of(registry.get(id)), id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(RegistryPolicy.WRITE)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        List<String> communes = pageModel.communes(form, errors);
        return FormPosts.submit(errors, () -> {
            try {
                registry.update(id, form.version() == null ? -1 : form.version(), form.toDetails(communes));
                return FormPosts.saved(redirect, "registry.organisation.saved", "/app/registry/organisations/" + id);
            } catch (StaleVersionException e) {
                OrganisationView current = registry.get(id);
                model.addAttribute("conflict", current);
                OrganisationForm again = form.withVersion(current.version()).withCommunes(communes);
                BoundForms.showAgain(model, "form", again, errors);
                return pageModel.form(model, again, id);
            }
        }, () -> pageModel.form(model, form.withCommunes(communes), id));
    }

    @PostMapping("/{id}/annual-reports")
    @PreAuthorize(RegistryPolicy.WRITE)
    String annualReport(@PathVariable long id, @RequestParam(defaultValue = "0") int year,
                        @RequestParam(required = false) 
                        @Nullable LocalDate receivedOn, RedirectAttributes redirect) {
        try {
            if (receivedOn == null) {
                throw new vn.vientro.shared.InvalidInputException("receivedOn", "registry.report.receivedOn.required");
            }
            registry.recordAnnualReport(id, year, receivedOn);
            redirect.addFlashAttribute("flashSuccess", "registry.report.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("reportError", e.messageKey());
            redirect.addFlashAttribute("reportErrorField", e.field());
        }
        return "redirect:/app/registry/organisations/" + id + "?tab=permits";
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(RegistryPolicy.WRITE)
    String changeStatus(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusForm form,
                        BindingResult errors,
                        RedirectAttributes redirect) {
        String history = "/app/registry/organisations/" + id + "?tab=history";
        return FormPosts.submit(errors, () -> {
            try {
                registry.changeStatus(id, form.version() == null ? -1 : form.version(), form.toChange());
                return FormPosts.saved(redirect, "registry.status.saved", history);
            } catch (StaleVersionException e) {
                errors.reject("record.changedByOther");
                return FormPosts.kept(redirect, "statusForm", form, errors, history);
            }
        }, () -> FormPosts.kept(redirect, "statusForm", form, errors, history));
    }
}
