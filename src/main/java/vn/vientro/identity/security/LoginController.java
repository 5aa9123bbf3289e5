package vn.vientro.identity.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error,
                 @RequestParam(required = false) @Nullable String username,
                 @Nullable Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/app";
        }
        model.addAttribute("error", error);
        model.addAttribute("username", username);
        return "identity/security/login";
    }
}
