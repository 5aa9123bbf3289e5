package vn.vientro.aid.lifecycle;

import jakarta.validation.Valid;
import java.time.LocalDate;
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
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.NotFoundException;

/** One page per move: it asks for what the move needs (reason, document, signer) and shows what blocks it. */
@Controller
@RequestMapping("/app/aid/items/{itemId}/transitions/{action}")
class TransitionController {

    private final Lifecycle lifecycle;
    private final AidPortfolio portfolio;
    private final java.time.Clock clock;

    TransitionController(Lifecycle lifecycle, AidPortfolio portfolio, java.time.Clock clock) {
        this.lifecycle = lifecycle;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(AidPolicy.MOVE)
    String form(@PathVariable long itemId, @PathVariable String action, Model model) {
        return page(model, portfolio.get(itemId), action(action), TransitionForm.blank());
    }

    @PostMapping
    @PreAuthorize(AidPolicy.MOVE)
    String perform(@PathVariable long itemId, @PathVariable String action,
                   @Valid @ModelAttribute("form") TransitionForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        AidAction move = action(action);
        return FormPosts.submit(errors, () -> {
            lifecycle.perform(itemId, form.version() == null ? -1 : form.version(), move, form.toCommand());
            return FormPosts.saved(redirect, "aid.transition.done", "/app/aid/items/" + itemId + "?tab=timeline");
        }, () -> page(model, portfolio.get(itemId), move, form));
    }

    private String page(Model model, AidItemView item, AidAction action, TransitionForm form) {
        model.addAttribute("item", item);
        model.addAttribute("action", action);
        BoundForms.show(model, "form", form);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("aid.items.title", "/app/aid/items"),
                new Breadcrumb("aid.item.named", "/app/aid/items/" + item.id(), item.item().code()),
                Breadcrumb.here("aid.action." + action.name())));
        return "aid/lifecycle/transition-form";
    }

    private static AidAction action(String slug) {
        return AidAction.fromSlug(slug).filter(a -> !a.viaAmendment())
                .orElseThrow(() -> new NotFoundException("aid action", slug));
    }
}
