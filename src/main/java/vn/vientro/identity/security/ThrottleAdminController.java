package vn.vientro.identity.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.identity.IdentityPolicy;
import vn.vientro.platform.Breadcrumb;

@Controller
@RequestMapping(ThrottleAdminController.PATH)
class ThrottleAdminController {

    static final String PATH = "/app/admin/sign-in-throttles";

    private final SignInThrottles throttles;
    private final ThrottleRules rules;

    ThrottleAdminController(SignInThrottles throttles, ThrottleRules rules) {
        this.throttles = throttles;
        this.rules = rules;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("throttles", throttles.current());
        model.addAttribute("rules", rules);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("identity.throttles.title")));
        return "identity/security/throttles";
    }

    @PostMapping("/{throttleId}/clear")
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    String clear(@PathVariable long throttleId, RedirectAttributes redirect) {
        throttles.clear(throttleId);
        redirect.addFlashAttribute("flashSuccess", "identity.throttles.cleared");
        return "redirect:" + PATH;
    }
}
