package vn.vientro.registry.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.organisation.OrganisationDetails;
import vn.vientro.registry.organisation.OrganisationView;

import static vn.vientro.registry.importing.ImportColumn.*;

/**
 * An organisation's details as column values (text, or a list of codes for list columns), so a row can be laid
 * over what the registry holds cell by cell and a single value can be set aside.
 */
final class ColumnValues {

    private final Map<ImportColumn, Object> values;

    private ColumnValues(Map<ImportColumn, Object> values) {
        this.values = values;
    }

    static ColumnValues none() {
        return new ColumnValues(new EnumMap<>(ImportColumn.class));
    }

    static ColumnValues of(OrganisationView organisation) {
        ColumnValues current = none();
        current.put(NAME_ORIGINAL, organisation.nameOriginal());
        current.put(NAME_VI, organisation.nameVi());
        current.put(NAME_EN, organisation.nameEn());
        current.put(ABBREVIATION, organisation.abbreviation());
        current.put(COUNTRY, organisation.countryCode());
        current.put(IATI_IDENTIFIER, organisation.iatiIdentifier());
        current.put(IATI_ORG_TYPE, organisation.iatiOrgType());
        current.put(WEBSITE, organisation.website());
        current.put(EMAIL, organisation.email());
        current.put(PHONE, organisation.phone());
        current.put(HEAD_OF_OFFICE, organisation.headOfOffice());
        current.put(ADDRESS_ABROAD, organisation.addressAbroad());
        current.put(ADDRESS_VN, organisation.addressVn());
        current.put(SECTORS, organisation.sectorCodes());
        current.put(PRIORITY_FIELDS, organisation.priorityFields());
        current.put(COMMUNES, organisation.communeCodes());
        current.put(NOTES, organisation.notes());
        return current;
    }

    /** These values with the row's non-blank cells laid over them: a blank cell keeps what is there. */
    ColumnValues overlaid(ImportRow row) {
        ColumnValues result = new ColumnValues(new EnumMap<>(values));
        for (ImportColumn column : ImportColumn.values()) {
            Object cell = column.holdsCodes() ? row.codes(column) : row.text(column);
            // The identifier the row was matched on may differ in case only; that is no change.
            boolean sameIdentifier = column == IATI_IDENTIFIER && cell instanceof String text
                    && text.equalsIgnoreCase(String.valueOf(values.get(IATI_IDENTIFIER)));
            if (column != ImportColumn.KIND && cell != null && !sameIdentifier) {
                result.put(column, cell);
            }
        }
        return result;
    }

    /** A copy without one value, so the rules can go on to the next column after reporting this one. */
    ColumnValues without(ImportColumn column) {
        ColumnValues result = new ColumnValues(new EnumMap<>(values));
        // A placeholder name keeps the other checks running; the row is already reported as an error.
        result.put(column, column == NAME_ORIGINAL ? "-" : null);
        return result;
    }

    OrganisationDetails details(OrganisationKind kind) {
        String name = text(NAME_ORIGINAL);
        return new OrganisationDetails(kind, name == null ? "" : name, text(NAME_EN), text(NAME_VI),
                text(ABBREVIATION), text(COUNTRY), text(IATI_IDENTIFIER), text(IATI_ORG_TYPE), text(WEBSITE),
                text(ADDRESS_ABROAD), text(ADDRESS_VN), text(PHONE), text(EMAIL), text(HEAD_OF_OFFICE),
                codes(SECTORS), codes(PRIORITY_FIELDS), codes(COMMUNES), text(NOTES)).normalized();
    }

    private void put(ImportColumn column, @Nullable Object value) {
        if (value == null) {
            values.remove(column);
        } else {
            values.put(column, value);
        }
    }

    private @Nullable String text(ImportColumn column) {
        return (String) values.get(column);
    }

    @SuppressWarnings("unchecked")
    private List<String> codes(ImportColumn column) {
        return (List<String>) values.getOrDefault(column, List.of());
    }
}
