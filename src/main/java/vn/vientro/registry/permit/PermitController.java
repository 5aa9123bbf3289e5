package vn.vientro.registry.permit;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
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
import vn.vientro.platform.FormPosts;
import vn.vientro.registry.PermitKind;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.organisation.OrganisationView;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.StaleVersionException;

@Controller
class PermitController {

    private final Permits permits;
    private final OrganisationRegistry organisations;
    private final RegistryAttention attention;
    private final RegistryRules rules;
    private final RegistryPolicy policy;
    private final java.time.Clock clock;

    PermitController(Permits permits, OrganisationRegistry organisations, RegistryAttention attention,
                     RegistryRules rules, RegistryPolicy policy, java.time.Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.permits = permits;
        this.organisations = organisations;
        this.attention = attention;
        this.rules = rules;
    }

    @GetMapping("/app/registry/organisations/{id}/permits/new")
    @PreAuthorize(RegistryPolicy.WRITE)
    String create(@PathVariable long id, Model model) {
        return form(model, organisations.get(id), PermitForm.issuedBy(rules.issuingBody()));
    }

    @PostMapping("/app/registry/organisations/{id}/permits/new")
    @PreAuthorize(RegistryPolicy.WRITE)
    String record(@PathVariable long id, @Valid @ModelAttribute("form") PermitForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "registry.permit.saved",
                "/app/registry/permits/" + permits.record(id, form.toDetails(rules.issuingBody()))),
                () -> form(model, organisations.get(id), form));
    }

    @GetMapping("/app/registry/permits/{id}")
    String detail(@PathVariable long id, Model model) {
        PermitView permit = permits.get(id);
        model.addAttribute("permit", permit);
        model.addAttribute("events", permits.events(id));
        model.addAttribute("canWrite", policy.canWrite());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("rules", rules);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("registry.organisations.title", "/app/registry/organisations"),
                new Breadcrumb("registry.organisation.named", "/app/registry/organisations/" + permit.organisationId()
                        + "?tab=permits", permit.organisationName()),
                Breadcrumb.here("registry.permit.named", permit.number())));
        return "registry/permit/detail";
    }

    @PostMapping("/app/registry/permits/{id}/{action}")
    @PreAuthorize(RegistryPolicy.WRITE)
    String act(@PathVariable long id, @PathVariable String action, @RequestParam long version,
               @RequestParam(defaultValue = "") String decisionNumber,
               @RequestParam(required = false) @Nullable LocalDate decisionDate,
               @RequestParam(required = false) @Nullable LocalDate validUntil,
               @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String scopeAreas,
               @RequestParam(defaultValue = "") String scopeCommunes, @RequestParam(defaultValue = "") String scopeFields,
               RedirectAttributes redirect) {
        try {
            Decision decision = new Decision(decisionNumber, decisionDate, note.isBlank() ? null : note);
            switch (action) {
                case "extend" -> permits.extend(id, version, required(validUntil, "validUntil"), decision);
                case "amend" -> permits.amend(id, version, scopeAreas, PermitForm.codes(scopeCommunes), scopeFields,
                        decision);
                case "suspend" -> permits.suspend(id, version, decision);
                case "reinstate" -> permits.reinstate(id, version, decision);
                case "revoke" -> permits.revoke(id, version, decision);
                case "plan" -> permits.receivePlan(id, version, required(decisionDate, "decisionDate"));
                default -> throw new InvalidInputException("action", "registry.permit.action.unknown");
            }
            redirect.addFlashAttribute("flashSuccess", "registry.permit.action." + action + ".done");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.arguments());
            redirect.addFlashAttribute("actionErrorField", e.field());
            redirect.addFlashAttribute("actionName", action);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("actionError", "record.changedByOther");
            redirect.addFlashAttribute("actionName", action);
        }
        return "redirect:/app/registry/permits/" + id;
    }

    @GetMapping("/app/registry/attention")
    String attention(Model model) {
        model.addAttribute("items", attention.items());
        model.addAttribute("rules", rules);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("registry.attention.title")));
        return "registry/permit/attention";
    }

    private String form(Model model, OrganisationView organisation, PermitForm form) {
        model.addAttribute("organisation", organisation);
        BoundForms.show(model, "form", form);
        model.addAttribute("kinds", PermitKind.values());
        model.addAttribute("rules", rules);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("registry.organisations.title", "/app/registry/organisations"),
                new Breadcrumb("registry.organisation.named", "/app/registry/organisations/" + organisation.id(),
                        organisation.displayName()),
                Breadcrumb.here("registry.permit.new")));
        return "registry/permit/form";
    }

    private static LocalDate required(@Nullable LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInputException(field, "registry.permit." + field + ".required");
        }
        return date;
    }
}
