package vn.vientro.registry.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.audit.ReadChannel;
import vn.vientro.identity.Agencies;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.registry.organisation.OrganisationFilter;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.permit.RegistryRules;
import vn.vientro.shared.BusinessRuleException;

@Controller
class OpinionController {

    private static final String LIST = "/app/registry/opinions";

    private final PermitOpinions opinions;
    private final OrganisationRegistry organisations;
    private final Agencies agencies;
    private final RegistryRules rules;
    private final RegistryPolicy policy;
    private final Clock clock;

    OpinionController(PermitOpinions opinions, OrganisationRegistry organisations, Agencies agencies,
                      RegistryRules rules, RegistryPolicy policy, Clock clock) {
        this.opinions = opinions;
        this.policy = policy;
        this.organisations = organisations;
        this.agencies = agencies;
        this.rules = rules;
        this.clock = clock;
    }

    /** Readers of the registry see every opinion; other staff see those their agency is asked to give input on. */
    @GetMapping(LIST)
    String list(@RequestParam(defaultValue = "false") boolean open, Model model) {
        model.addAttribute("opinions", policy.readsPermits() ? opinions.list(open) : opinions.askingMyAgency());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("open", open);
        common(model, null);
        return "registry/opinion/list";
    }

    @GetMapping(LIST + "/new")
    @PreAuthorize(RegistryPolicy.WRITE)
    String create(@RequestParam(required = false) @Nullable Long organisation, Model model) {
        model.addAttribute("organisations", organisations.list(new OrganisationFilter(
                OrganisationKind.FOREIGN_NGO, null, null, null, null, false, null, 0, 500)).rows());
        model.addAttribute("selectedOrganisation", organisation);
        common(model, "registry.opinion.new");
        return "registry/opinion/new";
    }

    @PostMapping(LIST + "/new")
    @PreAuthorize(RegistryPolicy.WRITE)
    String open(@RequestParam(defaultValue = "0") long organisation, @RequestParam(defaultValue = "") String application,
                @RequestParam(defaultValue = "") String ministryReference,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn,
                Model model, RedirectAttributes redirect) {
        try {
            long id = opinions.open(organisation, application, ministryReference, receivedOn);
            redirect.addFlashAttribute("flashSuccess", "registry.opinion.saved");
            return "redirect:" + LIST + "/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e);
            model.addAttribute("input", java.util.Map.of("application", application, "ministryReference", ministryReference,
                    "receivedOn", receivedOn == null ? "" : receivedOn.toString()));
            return create(organisation, model);
        }
    }

    @GetMapping(LIST + "/{opinionId}")
    String detail(@PathVariable long opinionId, Model model) {
        PermitOpinionView opinion = opinions.get(opinionId, ReadChannel.PAGE);
        model.addAttribute("opinion", opinion);
        model.addAttribute("inputsGiven", opinion.inputs().stream()
                .filter(input -> policy.mayGiveInput(new InputFacts(input.agencyId(), input.confidential())))
                .map(PermitOpinionView.Input::id).toList());
        model.addAttribute("agencies", agencies.all().stream()
                .filter(agency -> agency.active() && policy.mayAskForInput(agency.kind())).toList());
        model.addAttribute("answers", OpinionAnswer.values());
        model.addAttribute("today", LocalDate.now(clock));
        common(model, "registry.opinion.title");
        return "registry/opinion/detail";
    }

    @PostMapping(LIST + "/{opinionId}/ask")
    @PreAuthorize(RegistryPolicy.WRITE)
    String ask(@PathVariable long opinionId, @RequestParam(required = false) @Nullable List<Long> agencyIds,
               RedirectAttributes redirect) {
        return act(opinionId, redirect, "ask",
                () -> opinions.ask(opinionId, agencyIds == null ? List.of() : agencyIds, LocalDate.now(clock)));
    }

    @PostMapping(LIST + "/{opinionId}/inputs/{inputId}")
    @PreAuthorize(RegistryPolicy.GIVE_INPUT)
    String answer(@PathVariable long opinionId, @PathVariable long inputId,
                  @RequestParam(required = false) @Nullable OpinionAnswer answer,
                  @RequestParam(defaultValue = "") String answerText,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate answeredOn,
                  RedirectAttributes redirect) {
        return act(opinionId, redirect, "answer",
                () -> opinions.answer(opinionId, inputId, answer, answerText, answeredOn));
    }

    @PostMapping(LIST + "/{opinionId}/conclude")
    @PreAuthorize(RegistryPolicy.WRITE)
    String conclude(@PathVariable long opinionId, @RequestParam long version,
                    @RequestParam(required = false) @Nullable OpinionAnswer conclusion,
                    @RequestParam(defaultValue = "") String conclusionText,
                    @RequestParam(defaultValue = "") String replyReference,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sentOn,
                    RedirectAttributes redirect) {
        return act(opinionId, redirect, "conclude",
                () -> opinions.conclude(opinionId, version, conclusion, conclusionText, replyReference, sentOn));
    }

    private String act(long id, RedirectAttributes redirect, String action, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("flashSuccess", "registry.opinion." + action + ".done");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionField", e.field());
            redirect.addFlashAttribute("actionName", action);
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("actionError", "record.changedByOther");
            redirect.addFlashAttribute("actionName", action);
        }
        return "redirect:" + LIST + "/" + id;
    }

    private void common(Model model, @Nullable String here) {
        model.addAttribute("rules", rules);
        model.addAttribute("canWrite", policy.canWrite());
        model.addAttribute("breadcrumbs", here == null
                ? Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"), Breadcrumb.here("registry.opinions.title"))
                : Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                        Breadcrumb.link("registry.opinions.title", LIST), Breadcrumb.here(here)));
    }
}
