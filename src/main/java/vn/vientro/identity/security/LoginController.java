package vn.vientro.identity.security;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private static final Pattern SECONDS = Pattern.compile("\\d{1,7}");

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error,
                 @RequestParam(required = false) @Nullable String wait,
                 @RequestParam(required = false) @Nullable String username,
                 @Nullable Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/app";
        }
        model.addAttribute("error", error);
        if ("throttled".equals(error) && wait != null && SECONDS.matcher(wait).matches()) {
            long seconds = Long.parseLong(wait);
            // a wait of minutes reads better in minutes, rounded up so that nobody comes back too early
            boolean inMinutes = seconds >= 120;
            model.addAttribute("waitKey", "login.error.throttled." + (inMinutes ? "minutes" : "seconds"));
            model.addAttribute("wait", inMinutes ? (seconds + 59) / 60 : seconds);
        }
        model.addAttribute("username", username);
        return "identity/security/login";
    }
}
