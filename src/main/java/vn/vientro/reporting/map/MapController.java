package vn.vientro.reporting.map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.vientro.platform.Breadcrumb;
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
    String map(@ModelAttribute("query") MapQuery query, Model model) {
        AidMap.CommuneMap content = map.communes(query);
        model.addAttribute("map", content);
        choices.fill(model, content.period());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("reporting.map.title")));
        return "reporting/map/map";
    }
}
