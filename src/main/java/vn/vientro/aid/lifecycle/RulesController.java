package vn.vientro.aid.lifecycle;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vientro.aid.AidRules;
import vn.vientro.platform.Breadcrumb;

/**
 * The legal rules the aid process runs on, each with its source, so staff can see why a date is what it is. They are
 * changed in configuration ({@code vientro.aid.*}), not in code.
 */
@Controller
class RulesController {

    private final AidRules rules;

    RulesController(AidRules rules) {
        this.rules = rules;
    }

    @GetMapping("/app/aid/rules")
    String rules(Model model) {
        model.addAttribute("rules", rules);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("aid.rules.title")));
        return "aid/lifecycle/rules";
    }
}
