package vn.vientro.identity.user;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.identity.Users;
import vn.vientro.identity.security.SignedInUser;
import vn.vientro.identity.token.ApiTokens;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;

/** The signed-in user's own page: details, password change, personal API tokens. */
@Controller
@RequestMapping("/app/profile")
class ProfileController {

    private final Users users;
    private final ApiTokens tokens;

    ProfileController(Users users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("me", users.get(me.userId()));
        model.addAttribute("tokens", tokens.list(me.getUsername()));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("identity.profile.title")));
        return "identity/user/profile";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SignedInUser me, @RequestParam String currentPassword,
                          @RequestParam String newPassword, @RequestParam String confirmPassword,
                          RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new InvalidInputException("confirmPassword", "identity.password.mismatch");
            }
            users.changeOwnPassword(me.getUsername(), currentPassword, newPassword);
            redirect.addFlashAttribute("flashSuccess", "identity.password.changed");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("passwordError", e.messageKey());
            redirect.addFlashAttribute("passwordErrorArgs", e.arguments());
            redirect.addFlashAttribute("passwordErrorField", e.field());
        }
        return "redirect:/app/profile";
    }

    @PostMapping("/tokens")
    String createToken(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String name,
                       @RequestParam(required = false) 
                       @Nullable LocalDate expiresOn, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", tokens.create(me.getUsername(), name, expiresOn));
            redirect.addFlashAttribute("newTokenName", name);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("tokenError", e.messageKey());
            redirect.addFlashAttribute("tokenErrorField", e.field());
            redirect.addFlashAttribute("tokenName", name);
        }
        return "redirect:/app/profile#tokens";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(me.getUsername(), id);
        redirect.addFlashAttribute("flashSuccess", "identity.token.revoked");
        return "redirect:/app/profile#tokens";
    }
}
