package vn.vientro.identity.agency;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyKind;
import vn.vientro.identity.AgencyRecords;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.IdentityPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.StaleVersionException;

@Controller
@RequestMapping("/app/admin/agencies")
class AgencyAdminController {

    private final Agencies agencies;
    private final List<AgencyRecords> records;

    AgencyAdminController(Agencies agencies, List<AgencyRecords> records) {
        this.agencies = agencies;
        this.records = records;
    }

    @ModelAttribute("kinds")
    AgencyKind[] kinds() {
        return AgencyKind.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("identity.agencies.title")));
        return "identity/agency/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, AgencyForm.blank(), null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(model, AgencyForm.of(agencies.get(id)), id);
    }

    @PostMapping("/new")
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    String register(@Valid @ModelAttribute("form") AgencyForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "identity.agency.saved",
                "/app/admin/agencies/" + agencies.register(form.toDetails())), () -> form(model, form, null));
    }

    @PostMapping("/{id}")
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AgencyForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                agencies.update(id, form.version() == null ? -1 : form.version(), form.toDetails());
                return FormPosts.saved(redirect, "identity.agency.saved", "/app/admin/agencies/" + id);
            } catch (StaleVersionException e) {
                AgencyView current = agencies.get(id);
                model.addAttribute("conflict", AgencyForm.of(current));
                AgencyForm again = form.withVersion(current.version());
                BoundForms.showAgain(model, "form", again, errors);
                return form(model, again, id);
            }
        }, () -> form(model, form, id));
    }

    @PostMapping("/{id}/succession")
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    String succession(@PathVariable long id, @Valid @ModelAttribute("successionForm") SuccessionForm form,
                      BindingResult errors, RedirectAttributes redirect) {
        String page = "/app/admin/agencies/" + id;
        return FormPosts.submit(errors, () -> {
            agencies.recordSuccession(id, form.successor(), java.util.Objects.requireNonNull(form.effectiveOn()),
                    form.legalBasis());
            return FormPosts.saved(redirect, "identity.succession.saved", page);
        }, () -> FormPosts.kept(redirect, "successionForm", form, errors, page));
    }

    private String form(Model model, AgencyForm form, @Nullable Long id) {
        BoundForms.show(model, "form", form);
        model.addAttribute("agencyId", id);
        if (id != null) {
            AgencyView agency = agencies.get(id);
            model.addAttribute("agency", agency);
            model.addAttribute("otherAgencies", agencies.all().stream().filter(a -> a.id() != id).toList());
            BoundForms.showBlank(model, "successionForm", SuccessionForm.blank());
            model.addAttribute("recordSections", records.stream()
                    .map(contribution -> new AgencyRecordSection(contribution.titleKey(), contribution.of(id)))
                    .filter(section -> !section.entries().isEmpty()).toList());
        }
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("identity.agencies.title", "/app/admin/agencies"),
                id == null ? Breadcrumb.here("identity.agency.new") : Breadcrumb.here("identity.agency.edit")));
        return "identity/agency/form";
    }
}
