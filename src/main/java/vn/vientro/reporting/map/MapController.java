package vn.vientro.reporting.map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.vientro.platform.Breadcrumb;
import org.jspecify.annotations.Nullable;
import vn.vientro.reporting.FigureChoice;
import vn.vientro.reporting.PeriodParameters;
import vn.vientro.reporting.ReportingPolicy;

/** The map of aid by commune, with the province within the country. */
@Controller
@RequestMapping("/app/reporting/map")
class MapController {

    private final AidMap map;
    private final MapChoices choices;

    MapController(AidMap map, MapChoices choices) {
        this.map = map;
        this.choices = choices;
    }

    @GetMapping
    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    String map(PeriodParameters period, FigureChoice choice, @RequestParam(required = false) @Nullable String measure,
               Model model) {
        AidMap.CommuneMap content = map.communes(period, choice, java.util.Arrays.stream(MapMeasure.values())
                .filter(m -> m.name().equals(measure)).findFirst().orElse(null));
        model.addAttribute("query", choice);
        model.addAttribute("map", content);
        choices.fill(model, content.period(), choice);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("reporting.map.title")));
        return "reporting/map/map";
    }
}
