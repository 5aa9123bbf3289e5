package vn.vientro.monitoring.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.Breadcrumb;

/** What the scorecards' pages show beside the cards: the tabs, the chart's figures, how the score is made. */
@Component
class ScorecardPageModel {

    static final String PATH = "/app/monitoring/scorecards";

    private final MonitoringPolicy policy;

    ScorecardPageModel(MonitoringPolicy policy) {
        this.policy = policy;
    }

    /** The tab shown when none is asked: the NGOs for the provincial roles, an officer's own agency otherwise. */
    String defaultTab() {
        return policy.readsAllScorecards() ? ScorecardKind.NGO.path() : ScorecardKind.OWNER.path();
    }

    String ranking(Model model, Ranking ranking, ScorecardKind tab, @Nullable String sort) {
        model.addAttribute("ranking", ranking);
        model.addAttribute("tab", tab.path());
        model.addAttribute("rows", tab == ScorecardKind.NGO ? ranking.ngos() : ranking.owners());
        model.addAttribute("sort", sort == null || sort.isEmpty() ? Scorecards.BY_SCORE : sort);
        model.addAttribute("tabs", List.of(ScorecardKind.NGO.path(), ScorecardKind.OWNER.path()));
        model.addAttribute("ngoTabHref", PATH + "?year=" + ranking.year() + "&tab=ngo");
        model.addAttribute("ownerTabHref", PATH + "?year=" + ranking.year() + "&tab=owner");
        model.addAttribute("chartLabels", join(ranking.trend(), point -> Integer.toString(point.year()), "|"));
        model.addAttribute("chartNgos", join(ranking.trend(), point -> plain(point.ngoAverage()), ","));
        model.addAttribute("chartOwners", join(ranking.trend(), point -> plain(point.ownerAverage()), ","));
        model.addAttribute("weights", ScoreRules.weights());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("monitoring.scorecards.title")));
        return "monitoring/scorecard/ranking";
    }

    String card(Model model, ScorecardHistory history) {
        model.addAttribute("history", history);
        List<Scorecard> latestFirst = new ArrayList<>(history.years());
        Collections.reverse(latestFirst);
        model.addAttribute("cards", latestFirst);
        model.addAttribute("chartLabels", join(history.years(), card -> Integer.toString(card.year()), "|"));
        model.addAttribute("chartScores", join(history.years(), card -> Integer.toString(card.score()), ","));
        model.addAttribute("weights", ScoreRules.weights());
        model.addAttribute("listHref", PATH + "?tab=" + history.kind().path());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("monitoring.scorecards.title", PATH),
                Breadcrumb.here("monitoring.scorecard.of", history.subjectName())));
        return "monitoring/scorecard/card";
    }

    private static <T> String join(List<T> values, Function<T, String> text, String separator) {
        return values.stream().map(text).collect(Collectors.joining(separator));
    }

    /** A figure as the chart reads it; none is an empty figure, a gap in the line. */
    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
