package vn.vientro.registry.organisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.registry.organisation.tabs.OrganisationTabs;

/** Fills the organisation pages' models: choice lists, the form, the detail tabs. */
@Component
class OrganisationPageModel {

    private final Codelists codelists;
    private final PriorityFields priorityFields;
    private final AdminUnits adminUnits;
    private final OrganisationRegistry registry;
    private final OrganisationTabs tabs;
    private final RegistryPolicy policy;
    private final java.time.Clock clock;

    OrganisationPageModel(Codelists codelists, PriorityFields priorityFields, AdminUnits adminUnits,
                          OrganisationRegistry registry, OrganisationTabs tabs, RegistryPolicy policy,
                          java.time.Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.codelists = codelists;
        this.priorityFields = priorityFields;
        this.adminUnits = adminUnits;
        this.registry = registry;
        this.tabs = tabs;
    }

    void addChoices(Model model) {
        model.addAttribute("today", java.time.LocalDate.now(clock));
        model.addAttribute("canWrite", policy.canWrite());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("statuses", OrganisationStatus.values());
        model.addAttribute("countries", codelists.activeByName(Codelists.COUNTRY, LocaleContextHolder.getLocale()));
        model.addAttribute("orgTypes", codelists.active(Codelists.ORGANISATION_TYPE));
        model.addAttribute("priorityFieldChoices", priorityFields.all());
        model.addAttribute("sectorCategories", codelists.active(Codelists.SECTOR_CATEGORY));
    }

    String form(Model model, OrganisationForm form, @Nullable Long id) {
        addChoices(model);
        BoundForms.show(model, "form", form);
        model.addAttribute("organisationId", id);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("registry.organisations.title", "/app/registry/organisations"),
                Breadcrumb.here(id == null ? "registry.organisation.new" : "registry.organisation.edit")));
        return "registry/organisation/form";
    }

    String detail(Model model, OrganisationView organisation, String tab) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("tab", tab);
        model.addAttribute("canWrite", policy.canWrite());
        model.addAttribute("statuses", OrganisationStatus.values());
        model.addAttribute("statusHistory", registry.statusHistory(organisation.id()));
        BoundForms.showBlank(model, "statusForm", StatusForm.of(organisation));
        tabs.fill(model, organisation, tab);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("registry.organisations.title", "/app/registry/organisations"),
                Breadcrumb.here("registry.organisation.named", organisation.displayName())));
        return "registry/organisation/detail";
    }

    /** The typed commune codes plus the one picked (an old commune brings its current successors). */
    List<String> communes(OrganisationForm form, BindingResult errors) {
        Set<String> codes = new LinkedHashSet<>(OrganisationForm.split(form.communeCodes()));
        String pick = form.communePick();
        if (pick != null && pick.contains(":")) {
            String[] parts = pick.split(":", 2);
            if (UnitSet.PRE2025.key().equals(parts[0])) {
                adminUnits.successors(parts[1]).forEach(s -> codes.add(s.unit().code()));
            } else {
                codes.add(parts[1]);
            }
        }
        return new ArrayList<>(codes);
    }
}
