package vn.vientro.interchange.importing;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.SuccessorUnit;
import vn.vientro.reference.UnitSet;

/**
 * The commune an activity's location names, where the data allows it: an administrative code of a current commune,
 * an old (pre-2025) commune's code that became exactly one current commune, or else a name that only one current
 * commune bears. Anything less certain is left for the user, never guessed. And the current province a location's
 * administrative code lies in, at any level.
 */
@Component
class PlaceFinder {

    private static final String COMMUNE = "commune";

    private final AdminUnits units;

    PlaceFinder(AdminUnits units) {
        this.units = units;
    }

    /** A current commune, and the old code it was found by, if any. */
    record Commune(String code, String provinceCode, @Nullable String enteredCode) {
    }

    /**
     * Whether one of the location's administrative codes lies in the current province {@code provinceCode}: a current
     * unit of it (the province itself, or one of its communes), or an old (pre-2025) unit of any level of a province
     * that went into it (the 2025 reorganisation merged provinces whole), whichever commune that unit became.
     */
    boolean inProvince(ActivityFacts.Place place, String provinceCode) {
        for (String code : codes(place)) {
            Optional<AdminUnit> current = units.find(UnitSet.CURRENT, code);
            if (current.isPresent()) {
                if (provinceCode.equals(current.get().provinceCode())) {
                    return true;
                }
                continue;
            }
            Optional<AdminUnit> old = units.find(UnitSet.PRE2025, code);
            if (old.isPresent() && units.successors(old.get().provinceCode()).stream()
                    .anyMatch(successor -> provinceCode.equals(successor.unit().code()))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> codes(ActivityFacts.Place place) {
        return place.administrative().stream()
                .map(administrative -> administrative.substring(administrative.lastIndexOf('/') + 1).strip())
                .filter(code -> !code.isEmpty() && code.length() <= 20).toList();
    }

    Optional<Commune> commune(ActivityFacts.Place place) {
        for (String code : codes(place)) {
            Optional<AdminUnit> current = units.find(UnitSet.CURRENT, code).filter(u -> COMMUNE.equals(u.level()));
            if (current.isPresent()) {
                return current.map(unit -> new Commune(unit.code(), unit.provinceCode(), null));
            }
            if (units.find(UnitSet.PRE2025, code).filter(u -> COMMUNE.equals(u.level())).isPresent()) {
                List<SuccessorUnit> successors = units.successors(code);
                if (successors.size() == 1 && COMMUNE.equals(successors.get(0).unit().level())) {
                    AdminUnit unit = successors.get(0).unit();
                    return Optional.of(new Commune(unit.code(), unit.provinceCode(), code));
                }
            }
        }
        if (place.name() != null && !place.name().isBlank() && place.name().length() <= 200) {
            List<AdminUnit> named = units.search(place.name(), UnitSet.CURRENT, COMMUNE, 2);
            if (named.size() == 1) {
                AdminUnit unit = named.get(0);
                return Optional.of(new Commune(unit.code(), unit.provinceCode(), null));
            }
        }
        return Optional.empty();
    }
}
