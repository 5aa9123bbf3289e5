package vn.vientro.reference.adminunit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.SuccessorUnit;
import vn.vientro.reference.UnitSet;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/admin-units")
@Tag(name = "reference", description = "Reference data (public)")
class AdminUnitApiController {

    private static final Set<String> LEVELS = Set.of("province", "district", "commune");

    private final AdminUnits units;

    AdminUnitApiController(AdminUnits units) {
        this.units = units;
    }

    record UnitJson(String set, String code, String level, @Nullable String parentCode, String provinceCode,
                    String name, @Nullable String nameEn, String fullName, @Nullable String fullNameEn,
                    @Nullable String type, @Nullable String typeEn, String path, String pathEn) {

        static UnitJson of(AdminUnit unit) {
            return new UnitJson(unit.set().key(), unit.code(), unit.level(), unit.parentCode(), unit.provinceCode(),
                    unit.nameVi(), unit.nameEn(), unit.fullNameVi(), unit.fullNameEn(), unit.typeVi(), unit.typeEn(),
                    unit.path(), unit.pathEn());
        }
    }

    record RelatedJson(String code, String fullName, String path, String kind) {

        static RelatedJson of(SuccessorUnit related) {
            return new RelatedJson(related.unit().code(), related.unit().fullNameVi(), related.unit().path(),
                    related.kind());
        }
    }

    record UnitDetailJson(UnitJson unit, @Nullable List<RelatedJson> successors,
                          @Nullable List<RelatedJson> predecessors) {
    }

    @GetMapping
    @Operation(summary = "Administrative units of a set, by level and parent, or matching a text (diacritics optional)")
    List<UnitJson> list(@RequestParam(defaultValue = "current") String set,
                        @RequestParam(required = false) @Nullable String level,
                        @RequestParam(required = false) @Nullable String parent,
                        @RequestParam(required = false) @Nullable String q,
                        @RequestParam(defaultValue = "500") int limit) {
        UnitSet unitSet = unitSet(set);
        if (level != null && !LEVELS.contains(level)) {
            throw new InvalidInputException("level", "reference.adminUnits.level.invalid", level);
        }
        if (limit < 1 || limit > 20_000) {
            throw new InvalidInputException("limit", "reference.limit.invalid", 1, 20_000);
        }
        List<AdminUnit> found = q == null || q.isBlank() ? units.list(unitSet, level, parent, limit)
                : units.search(q, unitSet, level, limit).stream()
                        .filter(unit -> parent == null || parent.equals(unit.parentCode())
                                || parent.equals(unit.provinceCode()))
                        .toList();
        return found.stream().map(UnitJson::of).toList();
    }

    @GetMapping("/{set}/{code}")
    @Operation(summary = "One unit; an old (pre2025) unit lists its current successors, a current one its predecessors")
    UnitDetailJson get(@PathVariable String set, @PathVariable String code) {
        UnitSet unitSet = unitSet(set);
        AdminUnit unit = units.find(unitSet, code).orElseThrow(() -> new NotFoundException("admin unit", code));
        boolean mapped = !"district".equals(unit.level());
        List<RelatedJson> successors = unitSet == UnitSet.PRE2025 && mapped
                ? units.successors(unit.code()).stream().map(RelatedJson::of).toList() : null;
        List<RelatedJson> predecessors = unitSet == UnitSet.CURRENT
                ? units.predecessors(unit.code()).stream().map(RelatedJson::of).toList() : null;
        return new UnitDetailJson(UnitJson.of(unit), successors, predecessors);
    }

    private static UnitSet unitSet(String set) {
        return UnitSet.fromKey(set).orElseThrow(() -> new InvalidInputException("set", "reference.adminUnits.set.invalid", set));
    }
}
