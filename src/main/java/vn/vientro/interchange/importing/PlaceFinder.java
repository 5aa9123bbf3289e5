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
 * commune bears. Anything less certain is left for the user, never guessed.
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

    Optional<Commune> commune(ActivityFacts.Place place) {
        for (String administrative : place.administrative()) {
            String code = administrative.substring(administrative.lastIndexOf('/') + 1).strip();
            if (code.isEmpty() || code.length() > 20) {
                continue;
            }
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
