package vn.vientro.monitoring.scorecard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.monitoring.MonitoringPolicy;

/** The compliance scorecards of the foreign NGOs and the aid owners over the API. */
@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "scorecards", description = "Compliance scorecards of foreign NGOs and aid owners, year by year")
class ScorecardApiController {

    private final Scorecards scorecards;

    ScorecardApiController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping
    @PreAuthorize(MonitoringPolicy.LIST_SCORECARDS)
    @Operation(summary = "The scorecards of one year, best score first, with the average score of each kind over the "
            + "last five years; an officer sees their own agency's card among the aid owners. Score: 100 minus "
            + "penalties for reports not on time (40 x share late), lateness (15 x average days late / 90), open "
            + "findings (5 each, at most 15), overdue recommendations (5 each, at most 15) and suspensions (15); "
            + "only concluded inspections count")
    Ranking list(@Parameter(description = "The year, 2000 to the current one (the default)")
                 @RequestParam(required = false) @Nullable Integer year,
                 @Parameter(description = "ngo or owner; both if absent")
                 @RequestParam(required = false) @Nullable String kind,
                 @Parameter(description = "score (best first, the default), score-asc or name")
                 @RequestParam(required = false) @Nullable String sort) {
        return scorecards.ranking(year, kind == null || kind.isEmpty() ? null : ScorecardKind.parse(kind, "kind"),
                sort);
    }

    @GetMapping("/{kind}/{id}")
    @PreAuthorize(MonitoringPolicy.READ_SCORECARD)
    @Operation(summary = "One foreign NGO's (kind ngo, a registry organisation) or aid owner's (kind owner, an agency) "
            + "scorecards over the last five years, each with the penalties that make its score")
    ScorecardHistory get(@Parameter(description = "ngo or owner") @PathVariable String kind,
                         @Parameter(description = "The organisation's or the agency's number") @PathVariable long id) {
        return scorecards.card(kind, id);
    }
}
