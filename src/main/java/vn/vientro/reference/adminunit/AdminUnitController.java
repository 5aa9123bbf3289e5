package vn.vientro.reference.adminunit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.shared.NotFoundException;

/** Browse provinces and communes of both sets, see what an old unit became, and search any unit by name. */
@Controller
class AdminUnitController {

    private static final int SEARCH_LIMIT = 30;

    private final AdminUnits units;
    private final AdminUnitOverviewQueries overview;

    AdminUnitController(AdminUnits units, AdminUnitOverviewQueries overview) {
        this.units = units;
        this.overview = overview;
    }

    @GetMapping("/app/reference/admin-units")
    String provinces(@RequestParam(defaultValue = "current") String set, @RequestParam(defaultValue = "") String q,
                     @RequestParam(defaultValue = "false") boolean old, Model model) {
        UnitSet unitSet = UnitSet.fromKey(set).orElse(UnitSet.CURRENT);
        model.addAttribute("set", unitSet.key());
        model.addAttribute("provinces", overview.provinces(unitSet));
        model.addAttribute("q", q);
        model.addAttribute("old", old);
        model.addAttribute("results", search(q, old));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("reference.adminUnits.title")));
        return "reference/adminunit/list";
    }

    @GetMapping("/app/reference/admin-units/{set}/{code}")
    String unit(@PathVariable String set, @PathVariable String code, Model model) {
        UnitSet unitSet = UnitSet.fromKey(set).orElseThrow(() -> new NotFoundException("unit set", set));
        AdminUnit unit = units.find(unitSet, code).orElseThrow(() -> new NotFoundException("admin unit", code));
        model.addAttribute("unit", unit);
        model.addAttribute("children", unit.isCommune() ? List.of() : overview.children(unit));
        model.addAttribute("successors", unitSet == UnitSet.PRE2025 && !"district".equals(unit.level())
                ? units.successors(unit.code()) : List.of());
        model.addAttribute("predecessors", unitSet == UnitSet.CURRENT ? units.predecessors(unit.code()) : List.of());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("reference.adminUnits.title", "/app/reference/admin-units?set=" + unitSet.key()),
                Breadcrumb.here("reference.adminUnits.unit", unit.fullNameVi())));
        return "reference/adminunit/detail";
    }

    /** The commune picker's results: an htmx fragment, or a whole page when JavaScript is off. */
    @GetMapping("/app/reference/communes/search")
    String communes(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean old,
                    @RequestParam(defaultValue = "commune") String field,
                    @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("results", search(q, old));
        model.addAttribute("field", field.replaceAll("[^A-Za-z0-9_.-]", ""));
        model.addAttribute("q", q);
        if (htmx == null) {
            return "redirect:/app/reference/admin-units?q=" + java.net.URLEncoder.encode(q,
                    java.nio.charset.StandardCharsets.UTF_8) + "&old=" + old;
        }
        return "reference/fragments/commune-picker :: results";
    }

    private List<Map.Entry<AdminUnit, String>> search(String q, boolean old) {
        if (q.isBlank()) {
            return List.of();
        }
        return units.search(q, old ? null : UnitSet.CURRENT, "commune", SEARCH_LIMIT).stream()
                .map(unit -> Map.entry(unit, unit.set() == UnitSet.PRE2025
                        ? units.describe(UnitSet.PRE2025, unit.code()).orElse(unit.path()) : unit.path()))
                .toList();
    }
}
