package vn.vientro.reporting;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;

/**
 * The one way reporting names the keys of its figures in the reader's language, from the reference data that owns
 * them: priority fields, DAC sectors and their categories, communes and countries (the dashboard's charts and
 * breakdowns, the pivot's labels). A key without a name is shown as itself.
 */
@Component
public class KeyLabels {

    private static final int ONE_BY_ONE = 50;
    private static final int ALL_COMMUNES = 100_000;

    private final PriorityFields fields;
    private final Codelists codelists;
    private final AdminUnits units;

    KeyLabels(PriorityFields fields, Codelists codelists, AdminUnits units) {
        this.fields = fields;
        this.codelists = codelists;
        this.units = units;
    }

    /** Every priority field's name by its code, read once for a page or a table. */
    public Map<String, String> fields(Locale locale) {
        return fields.all().stream().collect(Collectors.toMap(PriorityField::code, f -> f.name(locale), (a, b) -> a));
    }

    public String field(String code, Locale locale) {
        return fields.byCode(code).map(field -> field.name(locale)).orElse(code);
    }

    /** A DAC sector's or category's name (a three-digit code is a category). */
    public String sector(String code, Locale locale) {
        return codelists.sector(code).map(item -> item.name(locale)).orElse(code);
    }

    /** A DAC sector's or category's code and name, as a table of codes shows them. */
    public String codedSector(String code, Locale locale) {
        return codelists.sector(code).map(item -> coded(item, locale)).orElse(code);
    }

    public String commune(String code, Locale locale) {
        return units.find(UnitSet.CURRENT, code).map(unit -> unit.fullName(locale)).orElse(code);
    }

    /**
     * Many communes' names at once: above a few dozen, one read of every current commune rather than one read each (a
     * pivot by commune names thousands); a code not among them (an alias) is looked up alone.
     */
    public Map<String, String> communes(Set<String> codes, Locale locale) {
        Map<String, String> names = new HashMap<>();
        if (codes.size() > ONE_BY_ONE) {
            for (AdminUnit unit : units.list(UnitSet.CURRENT, "commune", null, ALL_COMMUNES)) {
                if (codes.contains(unit.code())) {
                    names.put(unit.code(), unit.fullName(locale));
                }
            }
        }
        for (String code : codes) {
            if (!names.containsKey(code)) {
                names.put(code, commune(code, locale));
            }
        }
        return names;
    }

    public String country(String code, Locale locale) {
        return codelists.find(Codelists.COUNTRY, code).map(item -> item.name(locale)).orElse(code);
    }

    private static String coded(CodelistItem item, Locale locale) {
        return item.code() + " " + item.name(locale);
    }
}
