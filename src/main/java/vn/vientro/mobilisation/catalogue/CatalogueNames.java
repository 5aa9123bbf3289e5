package vn.vientro.mobilisation.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;

/**
 * The names a version's codes are read by, in the reader's language: its priority fields, DAC sectors, communes and
 * proposing agencies. Pages, the Excel table and the brochure name them the same way.
 */
@Component
class CatalogueNames {

    private final PriorityFields priorityFields;
    private final Agencies agencies;
    private final Codelists codelists;
    private final AdminUnits adminUnits;

    CatalogueNames(PriorityFields priorityFields, Agencies agencies, Codelists codelists, AdminUnits adminUnits) {
        this.priorityFields = priorityFields;
        this.agencies = agencies;
        this.codelists = codelists;
        this.adminUnits = adminUnits;
    }

    /** The entries as one reader reads them, numbered in their order. */
    java.util.List<CatalogueLine> lines(List<CatalogueEntry> entries, Locale locale) {
        Named named = of(entries, locale);
        java.util.List<CatalogueLine> lines = new java.util.ArrayList<>();
        for (CatalogueEntry entry : entries) {
            lines.add(new CatalogueLine(lines.size() + 1, entry, named.field(entry.priorityField()),
                    named.places(entry), named.sectors(entry), named.agency(entry.agencyId())));
        }
        return lines;
    }

    /** Names for the entries' codes, ready for one reader. */
    Named of(List<CatalogueEntry> entries, Locale locale) {
        Map<String, String> fields = priorityFields.all().stream().collect(Collectors.toMap(PriorityField::code,
                field -> field.name(locale), (a, b) -> a));
        Map<Long, String> agencyNames = agencies.all().stream().collect(Collectors.toMap(AgencyView::id,
                agency -> agency.name(locale), (a, b) -> a));
        Map<String, String> sectors = codes(entries, CatalogueEntry::sectors, code -> codelists.sector(code)
                .map(sector -> sector.name(locale)).orElse(code));
        Map<String, String> communes = codes(entries, CatalogueEntry::communes, code -> adminUnits
                .find(UnitSet.CURRENT, code).map(unit -> unit.path(locale)).orElse(code));
        return new Named(fields, agencyNames, sectors, communes);
    }

    private static Map<String, String> codes(List<CatalogueEntry> entries,
                                             Function<CatalogueEntry, List<String>> codes,
                                             Function<String, String> name) {
        return entries.stream().flatMap(entry -> codes.apply(entry).stream()).distinct()
                .collect(Collectors.toMap(Function.identity(), name));
    }

    /** The names of one version's codes, for one reader. */
    record Named(Map<String, String> fields, Map<Long, String> agencies, Map<String, String> sectors,
                 Map<String, String> communes) {

        String field(String code) {
            return fields.getOrDefault(code, code);
        }

        String agency(long id) {
            return agencies.getOrDefault(id, "#" + id);
        }

        String sectors(CatalogueEntry entry) {
            return entry.sectors().stream().map(code -> sectors.getOrDefault(code, code))
                    .collect(Collectors.joining("; "));
        }

        String places(CatalogueEntry entry) {
            return entry.communes().stream().map(code -> communes.getOrDefault(code, code))
                    .collect(Collectors.joining("; "));
        }
    }
}
