package vn.vientro.registry.opinion;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
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
import vn.vientro.audit.ReadChannel;
import vn.vientro.identity.Agencies;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.registry.organisation.OrganisationFilter;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.permit.RegistryRules;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;

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
        return form(model, OpinionForm.about(organisation));
    }

    @PostMapping(LIST + "/new")
    @PreAuthorize(RegistryPolicy.WRITE)
    String open(@Valid @ModelAttribute("form") OpinionForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "registry.opinion.saved", LIST + "/"
                + opinions.open(form.organisation() == null ? 0 : form.organisation(), form.application(),
                        form.ministryReference(), form.receivedOn())), () -> form(model, form));
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
        model.addAttribute("conclusionForm", ConclusionForm.blank());
        common(model, "registry.opinion.title");
        return "registry/opinion/detail";
    }

    @PostMapping(LIST + "/{opinionId}/ask")
    @PreAuthorize(RegistryPolicy.WRITE)
    String ask(@PathVariable long opinionId, @ModelAttribute("askForm") AskAgenciesForm form, BindingResult errors,
               RedirectAttributes redirect) {
        return act(opinionId, errors, redirect, "ask",
                () -> opinions.ask(opinionId, form.agencyIds(), LocalDate.now(clock)));
    }

    @PostMapping(LIST + "/{opinionId}/inputs/{inputId}")
    @PreAuthorize(RegistryPolicy.GIVE_INPUT)
    String answer(@PathVariable long opinionId, @PathVariable long inputId,
                  @ModelAttribute("inputForm") InputAnswerForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        return act(opinionId, errors, redirect, "answer",
                () -> opinions.answer(opinionId, inputId, form.answer(), form.answerText(), form.answeredOn()));
    }

    @PostMapping(LIST + "/{opinionId}/conclude")
    @PreAuthorize(RegistryPolicy.WRITE)
    String conclude(@PathVariable long opinionId, @ModelAttribute("conclusionForm") ConclusionForm form,
                    BindingResult errors, RedirectAttributes redirect) {
        return act(opinionId, errors, redirect, "conclude", () -> opinions.conclude(opinionId,
                form.version() == null ? -1 : form.version(), form.conclusion(), form.conclusionText(),
                form.replyReference(), form.sentOn()));
    }

    /** Does what one of the opinion page's forms asks; whatever refuses it is told above the page it returns to. */
    private String act(long id, BindingResult errors, RedirectAttributes redirect, String action, Runnable work) {
        try {
            if (errors.hasFieldErrors()) { // a value that does not read, such as a date
                throw new InvalidInputException(errors.getFieldErrors().get(0).getField(), "typeMismatch");
            }
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

    private String form(Model model, OpinionForm form) {
        model.addAttribute("organisations", organisations.list(new OrganisationFilter(
                OrganisationKind.FOREIGN_NGO, null, null, null, null, false, null, 0, 500)).rows());
        BoundForms.show(model, "form", form);
        common(model, "registry.opinion.new");
        return "registry/opinion/new";
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
