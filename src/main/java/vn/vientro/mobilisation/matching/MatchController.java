package vn.vientro.mobilisation.matching;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.Breadcrumb;

/** The need's likely funders: ranked, scored, explained, each a step from the funnel's form. */
@Controller
class MatchController {

    /** What the page lists: enough to choose whom to approach this year. */
    static final int SHOWN = 30;

    private final Matching matching;
    private final MobilisationPolicy policy;

    MatchController(Matching matching, MobilisationPolicy policy) {
        this.matching = matching;
        this.policy = policy;
    }

    @GetMapping("/app/mobilisation/needs/{needId}/matches")
    @PreAuthorize(MobilisationPolicy.READ_MATCHES)
    String ofNeed(@PathVariable long needId, Model model) {
        NeedMatches matches = matching.forNeed(needId, SHOWN);
        model.addAttribute("matches", matches);
        model.addAttribute("mayRecord", policy.recordsInterests());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("mobilisation.needs.title", "/app/mobilisation/needs"),
                new Breadcrumb("mobilisation.need.named", "/app/mobilisation/needs/" + needId, matches.needTitle()),
                Breadcrumb.here("mobilisation.matching.title")));
        return "mobilisation/matching/need-matches";
    }
}
