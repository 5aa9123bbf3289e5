package vn.vientro.aid.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vientro.aid.AidPolicy;
import vn.vientro.audit.ReadChannel;
import vn.vientro.platform.Breadcrumb;

/** "Opinions to give": the requests asked of the signed-in user's agency, those awaited first. */
@Controller
class OpinionInboxController {

    private final Appraisals appraisals;
    private final AidPolicy policy;
    private final Clock clock;

    OpinionInboxController(Appraisals appraisals, AidPolicy policy, Clock clock) {
        this.appraisals = appraisals;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping(OpinionNotices.INBOX)
    String inbox(Model model) {
        var opinions = appraisals.toGive(ReadChannel.INBOX);
        model.addAttribute("opinions", opinions);
        model.addAttribute("answerable", opinions.stream()
                .filter(opinion -> opinion.pending() && policy.mayAnswer(opinion.facts())).map(OpinionRequestView::id)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("aid.opinions.title")));
        return "aid/appraisal/inbox";
    }
}
