package vn.vientro.mobilisation.funnel;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.registry.Registry;
import vn.vientro.shared.StaleVersionException;

/** The funnel's board, and each need's interests with the forms that record and move them. */
@Controller
class FunnelController {

    static final String BOARD = "/app/mobilisation/funnel";

    private final Funnel funnel;
    private final Registry registry;
    private final MobilisationPolicy policy;
    private final Clock clock;

    FunnelController(Funnel funnel, Registry registry, MobilisationPolicy policy, Clock clock) {
        this.funnel = funnel;
        this.registry = registry;
        this.policy = policy;
        this.clock = clock;
    }

    static String needPage(long needId) {
        return "/app/mobilisation/needs/" + needId + "/interests";
    }

    @GetMapping(BOARD)
    @PreAuthorize(MobilisationPolicy.READ_FUNNEL)
    String board(Model model) {
        model.addAttribute("board", funnel.board());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("mobilisation.funnel.title")));
        return "mobilisation/funnel/board";
    }

    @GetMapping("/app/mobilisation/needs/{needId}/interests")
    @PreAuthorize(MobilisationPolicy.READ_INTERESTS)
    String ofNeed(@PathVariable long needId, @RequestParam(required = false) @Nullable Long organisation,
                  Model model) {
        model.addAttribute("interests", funnel.ofNeed(needId));
        model.addAttribute("mayRecord", policy.recordsInterests());
        if (policy.recordsInterests()) {
            model.addAttribute("organisations", registry.choices());
            // the likely funders' page links here with the organisation to approach already chosen
            BoundForms.showBlank(model, "form", InterestForm.blank(LocalDate.now(clock)).of(organisation));
        }
        model.addAttribute("stages", InterestStage.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("mobilisation.needs.title", "/app/mobilisation/needs"),
                Breadcrumb.link("mobilisation.interests.need", "/app/mobilisation/needs/" + needId),
                Breadcrumb.here("mobilisation.interests.title")));
        return "mobilisation/funnel/need-interests";
    }

    @PostMapping("/app/mobilisation/needs/{needId}/interests")
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    String record(@PathVariable long needId, @Valid @ModelAttribute("form") InterestForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            funnel.record(needId, Objects.requireNonNull(form.organisationId()), new InterestMove(
                    Objects.requireNonNull(form.stage()), Objects.requireNonNull(form.onDate()), form.note(), null),
                    form.contactPerson(), form.cameFrom());
            return FormPosts.saved(redirect, "mobilisation.interest.recorded", needPage(needId));
        }, () -> FormPosts.kept(redirect, "form", form, errors, needPage(needId)));
    }

    @PostMapping("/app/mobilisation/interests/{interestId}/moves")
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    String move(@PathVariable long interestId, @RequestParam long needId,
                @Valid @ModelAttribute("moveForm") MoveForm form, BindingResult errors, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                funnel.move(interestId, form.version() == null ? -1 : form.version(), new InterestMove(
                        Objects.requireNonNull(form.stage()), Objects.requireNonNull(form.onDate()), form.note(),
                        form.aidItemId()));
            } catch (StaleVersionException e) {
                redirect.addFlashAttribute("flashWarning", "record.changedByOther");
                return "redirect:" + needPage(needId);
            }
            return FormPosts.saved(redirect, "mobilisation.interest.moved", needPage(needId));
        }, () -> {
            redirect.addFlashAttribute("movedInterest", interestId);
            return FormPosts.kept(redirect, "moveForm", form, errors, needPage(needId));
        });
    }
}
