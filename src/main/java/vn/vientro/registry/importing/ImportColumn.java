package vn.vientro.registry.importing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The template's columns, in template order. {@code code} is a language-neutral header the reader also accepts;
 * {@code field} is the {@code OrganisationDetails} component the rules name when a value breaks them.
 */
enum ImportColumn {
    KIND("kind", "kind"),
    NAME_ORIGINAL("name_original", "nameOriginal"),
    NAME_VI("name_vi", "nameVi"),
    NAME_EN("name_en", "nameEn"),
    ABBREVIATION("abbreviation", "abbreviation"),
    COUNTRY("country", "countryCode"),
    IATI_IDENTIFIER("iati_identifier", "iatiIdentifier"),
    IATI_ORG_TYPE("iati_org_type", "iatiOrgType"),
    WEBSITE("website", "website"),
    EMAIL("email", "email"),
    PHONE("phone", "phone"),
    HEAD_OF_OFFICE("head_of_office", "headOfOffice"),
    ADDRESS_ABROAD("address_abroad", "addressAbroad"),
    ADDRESS_VN("address_vn", "addressVn"),
    SECTORS("sectors", "sectorCodes"),
    PRIORITY_FIELDS("priority_fields", "priorityFields"),
    COMMUNES("communes", "communeCodes"),
    NOTES("notes", "notes");

    private final String code;
    private final String field;

    ImportColumn(String code, String field) {
        this.code = code;
        this.field = field;
    }

    String code() {
        return code;
    }

    /** Message key of the header as the template shows it and the report names it. */
    String headerKey() {
        return "registry.import.column." + code;
    }

    /** Message key of the explanation on the template's guide sheet. */
    String hintKey() {
        return headerKey() + ".hint";
    }

    /** Cells listing several codes: separated by ";" (or ","), order does not matter. */
    boolean holdsCodes() {
        return this == SECTORS || this == PRIORITY_FIELDS || this == COMMUNES;
    }

    static Optional<ImportColumn> ofField(@org.jspecify.annotations.Nullable String field) {
        return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst();
    }
}
