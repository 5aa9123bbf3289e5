package vn.vientro.reference.pick;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.UnitSet;

/**
 * The choices behind the forms' pickers (static/js/vientro-pickers.js), as JSON for the signed-in staff: reference
 * data is public, so nothing here needs a rule beyond being signed in.
 */
@RestController
class PickController {

    private static final int COMMUNE_LIMIT = 20;
    private static final int CODES_AT_MOST = 100;
    /** One letter matches a province's every commune: the picker waits for a second. */
    private static final int SHORTEST_NAME = 2;

    private final Codelists codelists;
    private final AdminUnits units;

    PickController(Codelists codelists, AdminUnits units) {
        this.codelists = codelists;
        this.units = units;
    }

    /** Every DAC sector with its category: a few hundred, so the picker filters them itself, as a tree. */
    @GetMapping("/app/reference/pick/sectors")
    List<Pick> sectors(Locale locale) {
        Map<String, String> groups = codelists.active(Codelists.SECTOR_CATEGORY).stream()
                .collect(Collectors.toMap(CodelistItem::code, item -> item.name(locale)));
        return codelists.active(Codelists.SECTOR).stream().map(sector -> {
            String group = sector.category() != null ? sector.category() : sector.code().substring(0, 3);
            return new Pick(sector.code(), sector.name(locale), group, groups.getOrDefault(group, group));
        }).toList();
    }

    /**
     * Communes whose name matches what was typed, the province's own first, today's units only unless {@code old};
     * or, with {@code codes}, the names of communes already chosen (old codes named with what they became).
     */
    @GetMapping("/app/reference/pick/communes")
    List<Pick> communes(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean old,
                        @RequestParam(defaultValue = "") String codes, Locale locale) {
        if (!codes.isBlank()) {
            return Arrays.stream(codes.split(",")).map(String::trim).filter(code -> !code.isEmpty())
                    .limit(CODES_AT_MOST).map(code -> named(code, locale)).flatMap(Optional::stream).toList();
        }
        if (q.strip().length() < SHORTEST_NAME) {
            return List.of();
        }
        String province = units.deploymentProvinceCode();
        return units.search(q, old ? null : UnitSet.CURRENT, "commune", COMMUNE_LIMIT).stream()
                .sorted((a, b) -> Boolean.compare(!province.equals(a.provinceCode()), !province.equals(b.provinceCode())))
                .map(unit -> new Pick(unit.code(), label(unit, locale), null, null)).toList();
    }

    private Optional<Pick> named(String code, Locale locale) {
        return units.find(UnitSet.CURRENT, code).or(() -> units.find(UnitSet.PRE2025, code))
                .map(unit -> new Pick(unit.code(), label(unit, locale), null, null));
    }

    /** Today's unit with its province; an old one with what it became on 1 July 2025. */
    private String label(AdminUnit unit, Locale locale) {
        if (unit.set() == UnitSet.PRE2025) {
            return units.describe(UnitSet.PRE2025, unit.code()).orElse(unit.path());
        }
        return "en".equals(locale.getLanguage()) ? unit.pathEn() : unit.path();
    }
}
