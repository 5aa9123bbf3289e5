package vn.vientro.reference;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.VientroProperties;
import vn.vientro.reference.adminunit.AdminUnitQueries;

/**
 * Administrative units of both sets and the 1 July 2025 mapping between them. A record that names a place keeps
 * the code and set it was entered with; this service shows both the old and the current unit.
 */
@Service
@Transactional(readOnly = true)
public class AdminUnits {

    private final AdminUnitQueries units;
    private final String deploymentProvince;

    AdminUnits(AdminUnitQueries units, VientroProperties properties) {
        this.units = units;
        this.deploymentProvince = properties.provinceCode();
    }

    /** The unit with this code in the set, also when the code is a known alias (GSO letter codes). */
    public Optional<AdminUnit> find(UnitSet set, String code) {
        return units.find(set, code);
    }

    public List<AdminUnit> list(UnitSet set, @Nullable String level, @Nullable String parentCode, int limit) {
        return units.list(set, level, parentCode, limit);
    }

    /**
     * Units whose names contain the words typed, without regard to diacritics ("lien bao" finds "Liên Bảo"), the
     * deployment's province first, then current units before old ones.
     */
    public List<AdminUnit> search(String text, @Nullable UnitSet set, @Nullable String level, int limit) {
        String query = text.trim();
        return query.isEmpty() ? List.of() : units.search(query, set, level, limit);
    }

    /** The current unit(s) an old (pre-2025) commune or province became. */
    public List<SuccessorUnit> successors(String oldCode) {
        return units.successors(oldCode);
    }

    /** The old (pre-2025) units a current commune or province was formed from. */
    public List<SuccessorUnit> predecessors(String newCode) {
        return units.predecessors(newCode);
    }

    /** How a stored place reads today: the unit itself, and for an old unit "→" its current successor(s). */
    public Optional<String> describe(UnitSet set, String code) {
        return find(set, code).map(unit -> {
            if (set == UnitSet.CURRENT) {
                return unit.path();
            }
            List<SuccessorUnit> now = successors(unit.code());
            return now.isEmpty() ? unit.path() : unit.path() + " → " + String.join(" / ",
                    now.stream().map(successor -> successor.unit().path()).toList());
        });
    }

    public String deploymentProvinceCode() {
        return deploymentProvince;
    }

    /** Counts per set and level, for checks and the reference-data page. */
    public long count(UnitSet set, String level) {
        return units.count(set, level);
    }
}
