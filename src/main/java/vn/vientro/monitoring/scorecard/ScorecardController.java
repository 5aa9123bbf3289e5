package vn.vientro.monitoring.scorecard;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vientro.monitoring.MonitoringPolicy;

/** The ranking of the scorecards, NGOs and aid owners on two tabs, and one subject's scorecards year by year. */
@Controller
@RequestMapping(ScorecardPageModel.PATH)
class ScorecardController {

    private final Scorecards scorecards;
    private final ScorecardPageModel pageModel;

    ScorecardController(Scorecards scorecards, ScorecardPageModel pageModel) {
        this.scorecards = scorecards;
        this.pageModel = pageModel;
    }

    @GetMapping
    @PreAuthorize(MonitoringPolicy.LIST_SCORECARDS)
    String ranking(@RequestParam(required = false) @Nullable Integer year,
                   @RequestParam(required = false) @Nullable String tab,
                   @RequestParam(required = false) @Nullable String sort, Model model) {
        ScorecardKind kind = ScorecardKind.parse(tab == null || tab.isEmpty() ? pageModel.defaultTab() : tab, "tab");
        return pageModel.ranking(model, scorecards.ranking(year, null, sort), kind, sort);
    }

    @GetMapping("/{kind}/{id}")
    @PreAuthorize(MonitoringPolicy.READ_SCORECARD)
    String card(@PathVariable String kind, @PathVariable long id, Model model) {
        return pageModel.card(model, scorecards.card(kind, id));
    }
}
