package vn.vientro.registry.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.identity.Agencies;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.registry.RegistryRoles;
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
    private final Clock clock;

    OpinionController(PermitOpinions opinions, OrganisationRegistry organisations, Agencies agencies,
                      RegistryRules rules, Clock clock) {
        this.opinions = opinions;
        this.organisations = organisations;
        this.agencies = agencies;
        this.rules = rules;
        this.clock = clock;
    }

    /** Readers of the registry see every opinion; other staff see those their agency is asked to give input on. */
    @GetMapping(LIST)
    String list(@RequestParam(defaultValue = "false") boolean open, org.springframework.security.core.Authentication user,
                Model model) {
        boolean reader = RegistryRoles.holdsAny(user, RegistryRoles.PERMIT_READERS);
        model.addAttribute("opinions", reader ? opinions.list(open) : opinions.askingMyAgency());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("open", open);
        common(model, null);
        return "registry/opinion/list";
    }

    @GetMapping(LIST + "/new")
    String create(@RequestParam(required = false) @Nullable Long organisation, Model model) {
        model.addAttribute("organisations", organisations.list(new OrganisationFilter(
                vn.vientro.registry.OrganisationKind.FOREIGN_NGO, null, null, null, null, false, null, 0, 500)).rows());
        model.addAttribute("selectedOrganisation", organisation);
        common(model, "registry.opinion.new");
        return "registry/opinion/new";
    }

    @PostMapping(LIST + "/new")
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

    @GetMapping(LIST + "/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("opinion", opinions.get(id));
        model.addAttribute("agencies", agencies.all().stream().filter(a -> a.active()).toList());
        model.addAttribute("answers", OpinionAnswer.values());
        model.addAttribute("today", LocalDate.now(clock));
        common(model, "registry.opinion.title");
        return "registry/opinion/detail";
    }

    @PostMapping(LIST + "/{id}/ask")
    String ask(@PathVariable long id, @RequestParam(required = false) @Nullable List<Long> agencyIds,
               RedirectAttributes redirect) {
        return act(id, redirect, "ask", () -> opinions.ask(id, agencyIds == null ? List.of() : agencyIds, LocalDate.now(clock)));
    }

    @PostMapping(LIST + "/{id}/inputs/{inputId}")
    String answer(@PathVariable long id, @PathVariable long inputId,
                  @RequestParam(required = false) @Nullable OpinionAnswer answer,
                  @RequestParam(defaultValue = "") String answerText,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate answeredOn,
                  RedirectAttributes redirect) {
        return act(id, redirect, "answer", () -> opinions.answer(id, inputId, answer, answerText, answeredOn));
    }

    @PostMapping(LIST + "/{id}/conclude")
    String conclude(@PathVariable long id, @RequestParam long version,
                    @RequestParam(required = false) @Nullable OpinionAnswer conclusion,
                    @RequestParam(defaultValue = "") String conclusionText,
                    @RequestParam(defaultValue = "") String replyReference,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sentOn,
                    RedirectAttributes redirect) {
        return act(id, redirect, "conclude",
                () -> opinions.conclude(id, version, conclusion, conclusionText, replyReference, sentOn));
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
        model.addAttribute("breadcrumbs", here == null
                ? Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"), Breadcrumb.here("registry.opinions.title"))
                : Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                        Breadcrumb.link("registry.opinions.title", LIST), Breadcrumb.here(here)));
    }
}
