package vn.vientro.registry.organisation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

/** Checks an organisation's codes against the reference data; each broken rule names its field. */
@Component
public class OrganisationRules {

    /** Only http and https: a {@code javascript:} or {@code data:} address would run in a reader's browser. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");

    private final Codelists codelists;
    private final PriorityFields priorityFields;
    private final AdminUnits adminUnits;
    private final OrganisationQueries queries;

    OrganisationRules(Codelists codelists, PriorityFields priorityFields, AdminUnits adminUnits,
                      OrganisationQueries queries) {
        this.codelists = codelists;
        this.priorityFields = priorityFields;
        this.adminUnits = adminUnits;
        this.queries = queries;
    }

    /** @throws InvalidInputException naming the first field that breaks a rule */
    public void check(OrganisationDetails details, @Nullable Long organisationId) {
        if (details.nameOriginal().isBlank()) {
            throw new InvalidInputException("nameOriginal", "registry.organisation.nameOriginal.required");
        }
        checkLengths(details);
        if (details.website() != null && !WEB_ADDRESS.matcher(details.website()).matches()) {
            throw new InvalidInputException("website", "validation.webAddress");
        }
        if (details.countryCode() != null && !codelists.exists(Codelists.COUNTRY, details.countryCode())) {
            throw new InvalidInputException("countryCode", "registry.organisation.country.unknown", details.countryCode());
        }
        if (details.iatiOrgType() != null && !codelists.exists(Codelists.ORGANISATION_TYPE, details.iatiOrgType())) {
            throw new InvalidInputException("iatiOrgType", "registry.organisation.iatiOrgType.unknown", details.iatiOrgType());
        }
        if (details.iatiIdentifier() != null) {
            checkIatiIdentifier(details.iatiIdentifier(), organisationId);
        }
        if (details.email() != null && !details.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "validation.email");
        }
        List<String> unknownSectors = details.sectorCodes().stream().filter(c -> codelists.sector(c).isEmpty()).toList();
        if (!unknownSectors.isEmpty()) {
            throw new InvalidInputException("sectorCodes", "registry.organisation.sectors.unknown", String.join(", ", unknownSectors));
        }
        List<String> unknownFields = details.priorityFields().stream()
                .filter(code -> priorityFields.byCode(code).isEmpty()).toList();
        if (!unknownFields.isEmpty()) {
            throw new InvalidInputException("priorityFields", "registry.organisation.priorityFields.unknown",
                    String.join(", ", unknownFields));
        }
        List<String> unknownCommunes = details.communeCodes().stream()
                .filter(code -> adminUnits.find(UnitSet.CURRENT, code).filter(u -> u.isCommune()).isEmpty()).toList();
        if (!unknownCommunes.isEmpty()) {
            throw new InvalidInputException("communeCodes", "registry.organisation.communes.unknown",
                    String.join(", ", unknownCommunes));
        }
    }

    /** The form and the API refuse longer texts themselves; an imported row meets these limits here. */
    private static void checkLengths(OrganisationDetails d) {
        TextLength.require("nameOriginal", d.nameOriginal(), TextLength.NAME);
        TextLength.require("nameEn", d.nameEn(), TextLength.NAME);
        TextLength.require("nameVi", d.nameVi(), TextLength.NAME);
        TextLength.require("abbreviation", d.abbreviation(), TextLength.CODE);
        TextLength.require("countryCode", d.countryCode(), TextLength.CODE);
        TextLength.require("iatiIdentifier", d.iatiIdentifier(), TextLength.CODE);
        TextLength.require("iatiOrgType", d.iatiOrgType(), TextLength.CODE);
        TextLength.require("website", d.website(), TextLength.NAME);
        TextLength.require("addressAbroad", d.addressAbroad(), TextLength.NAME);
        TextLength.require("addressVn", d.addressVn(), TextLength.NAME);
        TextLength.require("phone", d.phone(), TextLength.CODE);
        TextLength.require("email", d.email(), TextLength.EMAIL);
        TextLength.require("headOfOffice", d.headOfOffice(), TextLength.NAME);
        TextLength.require("notes", d.notes(), TextLength.TEXT);
    }

    /**
     * An IATI organisation identifier is a registration agency prefix from the IATI codelist (e.g. {@code GB-CHC},
     * {@code XM-DAC}, {@code US-EIN}) followed by the number that agency gave the organisation.
     */
    /** Whether the identifier has the form the registry keeps: records other systems report may not. */
    public boolean wellFormedIatiIdentifier(String identifier) {
        return identifier.matches("[A-Za-z0-9][A-Za-z0-9._:-]*") && agencyPrefix(identifier).isPresent();
    }

    /** Whether the code is one of IATI's organisation types. */
    public boolean knownIatiOrgType(String code) {
        return codelists.exists(Codelists.ORGANISATION_TYPE, code);
    }

    private void checkIatiIdentifier(String identifier, @Nullable Long organisationId) {
        if (!identifier.matches("[A-Za-z0-9][A-Za-z0-9._:-]*") || agencyPrefix(identifier).isEmpty()) {
            throw new InvalidInputException("iatiIdentifier", "registry.organisation.iati.format", identifier);
        }
        if (queries.iatiIdentifierTaken(identifier, organisationId)) {
            throw new InvalidInputException("iatiIdentifier", "registry.organisation.iati.taken", identifier);
        }
    }

    private Optional<CodelistItem> agencyPrefix(String identifier) {
        String upper = identifier.toUpperCase(java.util.Locale.ROOT);
        int dash = upper.indexOf('-');
        while (dash > 0) {
            String prefix = upper.substring(0, dash);
            Optional<CodelistItem> agency = codelists.find(Codelists.REGISTRATION_AGENCY, prefix);
            if (agency.isPresent() && dash < upper.length() - 1) {
                return agency;
            }
            dash = upper.indexOf('-', dash + 1);
        }
        return Optional.empty();
    }
}
