package vn.vientro.mobilisation.pledge;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
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
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.reference.Codelists;
import vn.vientro.registry.Registry;
import vn.vientro.shared.StaleVersionException;

/** The pledges' pages: the list by year with the money they brought, the form, withdrawing, starting a dossier. */
@Controller
@RequestMapping(PledgeController.PATH)
class PledgeController {

    static final String PATH = "/app/mobilisation/pledges";
    private static final Breadcrumb HOME = Breadcrumb.link("platform.home.title", "/app");

    private final Pledges pledges;
    private final MobilisationPolicy policy;
    private final Registry registry;
    private final Codelists codelists;
    private final Clock clock;

    PledgeController(Pledges pledges, MobilisationPolicy policy, Registry registry, Codelists codelists,
                     Clock clock) {
        this.pledges = pledges;
        this.policy = policy;
        this.registry = registry;
        this.codelists = codelists;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.READ_FUNNEL)
    String list(@RequestParam(required = false) @Nullable Integer year,
                @RequestParam(required = false) @Nullable Long need, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("need", need);
        model.addAttribute("years", pledges.years());
        model.addAttribute("book", pledges.list(year, need));
        model.addAttribute("mayRecord", policy.recordsInterests());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, Breadcrumb.here("mobilisation.pledges.title")));
        return "mobilisation/pledge/list";
    }

    @GetMapping("/new")
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    String create(@RequestParam(required = false) @Nullable Long need,
                  @RequestParam(required = false) @Nullable Long organisation,
                  @RequestParam(required = false) @Nullable Long activity, Model model) {
        BoundForms.show(model, "form", PledgeForm.blank(need, organisation, activity, LocalDate.now(clock)));
        return form(model);
    }

    @PostMapping("/new")
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    String record(@Valid @ModelAttribute("form") PledgeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            pledges.record(form.terms());
            return FormPosts.saved(redirect, "mobilisation.pledge.saved", ofNeed(Objects.requireNonNull(
                    form.needId())));
        }, () -> form(model));
    }

    @PostMapping("/{pledgeId}/withdraw")
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    String withdraw(@PathVariable long pledgeId, @RequestParam long version,
                    @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        String back = ofNeed(pledges.get(pledgeId).needId());
        try {
            pledges.withdraw(pledgeId, version, reason);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("flashWarning", "record.changedByOther");
            return "redirect:" + back;
        }
        return FormPosts.saved(redirect, "mobilisation.pledge.withdrawn", back);
    }

    /** Opens the aid module's new-item form filled from the pledge and its need. */
    @GetMapping("/{pledgeId}/dossier")
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS + " and @aidPolicy.canDraft()")
    String startDossier(@PathVariable long pledgeId) {
        return "redirect:" + pledges.dossierForm(pledgeId);
    }

    static String ofNeed(long needId) {
        return PATH + "?need=" + needId;
    }

    private String form(Model model) {
        model.addAttribute("needs", pledges.needChoices());
        model.addAttribute("organisations", registry.choices());
        model.addAttribute("activities", pledges.activityChoices());
        model.addAttribute("currencies", codelists.currencies());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, Breadcrumb.link("mobilisation.pledges.title", PATH),
                Breadcrumb.here("mobilisation.pledge.new")));
        return "mobilisation/pledge/form";
    }
}
