package vn.vientro.mobilisation.reward;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.vientro.registry.ContactDirectory;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.StaleVersionException;

/** The rewards' pages: the list by year and form, and the form recording a reward or correcting it. */
@Controller
@RequestMapping("/app/mobilisation/rewards")
class RewardController {

    private static final String PATH = "/app/mobilisation/rewards";
    private static final Breadcrumb HOME = Breadcrumb.link("platform.home.title", "/app");
    private static final Breadcrumb LIST = Breadcrumb.link("mobilisation.rewards.title", PATH);

    private final Rewards rewards;
    private final MobilisationPolicy policy;
    private final Registry registry;
    private final ContactDirectory contacts;
    private final RegistryPolicy registryPolicy;

    RewardController(Rewards rewards, MobilisationPolicy policy, Registry registry, ContactDirectory contacts,
                     RegistryPolicy registryPolicy) {
        this.rewards = rewards;
        this.policy = policy;
        this.registry = registry;
        this.contacts = contacts;
        this.registryPolicy = registryPolicy;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.LIST_REWARDS)
    String list(@RequestParam(required = false) @Nullable Integer year,
                @RequestParam(required = false) @Nullable RewardKind kind, Model model) {
        RewardFilter filter = new RewardFilter(year, kind);
        model.addAttribute("filter", filter);
        model.addAttribute("rewards", rewards.list(filter));
        model.addAttribute("years", rewards.years());
        model.addAttribute("kinds", RewardKind.values());
        model.addAttribute("canEdit", policy.canEditRewards());
        model.addAttribute("readsContacts", registryPolicy.readsContacts());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, Breadcrumb.here("mobilisation.rewards.title")));
        return "mobilisation/reward/list";
    }

    @GetMapping("/new")
    @PreAuthorize(MobilisationPolicy.EDIT_REWARDS)
    String create(@RequestParam(required = false) @Nullable Long organisation, Model model) {
        return form(model, RewardInput.blank(organisation), null);
    }

    @PostMapping("/new")
    @PreAuthorize(MobilisationPolicy.EDIT_REWARDS)
    String give(@Valid @ModelAttribute("form") RewardInput form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            rewards.give(form);
            return FormPosts.saved(redirect, "mobilisation.reward.saved", PATH + "?year="
                    + java.util.Objects.requireNonNull(form.decisionDate()).getYear());
        }, () -> form(model, form, null));
    }

    @GetMapping("/{rewardId}/edit")
    @PreAuthorize(MobilisationPolicy.EDIT_REWARDS)
    String edit(@PathVariable long rewardId, Model model) {
        return form(model, rewards.get(rewardId).input(), rewardId);
    }

    @PostMapping("/{rewardId}/edit")
    @PreAuthorize(MobilisationPolicy.EDIT_REWARDS)
    String correct(@PathVariable long rewardId, @Valid @ModelAttribute("form") RewardInput form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                rewards.correct(rewardId, form.version() == null ? -1 : form.version(), form);
                return FormPosts.saved(redirect, "mobilisation.reward.saved", PATH + "?year="
                        + java.util.Objects.requireNonNull(form.decisionDate()).getYear());
            } catch (StaleVersionException e) {
                RewardView current = rewards.get(rewardId);
                model.addAttribute("conflict", current);
                RewardInput again = form.withVersion(current.version()); // saving again keeps what was typed
                BoundForms.showAgain(model, "form", again, errors);
                return form(model, again, rewardId);
            }
        }, () -> form(model, form, rewardId));
    }

    private String form(Model model, RewardInput form, @Nullable Long rewardId) {
        BoundForms.show(model, "form", form);
        model.addAttribute("rewardId", rewardId);
        model.addAttribute("kinds", RewardKind.values());
        model.addAttribute("levels", IssuingLevel.values());
        Map<Long, String> organisations = registry.choices().stream().collect(Collectors.toMap(OrganisationRef::id,
                OrganisationRef::name, (a, b) -> a, LinkedHashMap::new));
        model.addAttribute("organisationNames", organisations);
        model.addAttribute("contacts", registryPolicy.readsContacts() ? contacts.choices() : List.of());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST,
                Breadcrumb.here(rewardId == null ? "mobilisation.reward.new" : "mobilisation.reward.edit")));
        return "mobilisation/reward/form";
    }
}
