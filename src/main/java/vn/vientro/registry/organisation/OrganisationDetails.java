package vn.vientro.registry.organisation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.OrganisationKind;

/** What the focal point states about an organisation (everything but its status, which changes by decision). */
public record OrganisationDetails(OrganisationKind kind, String nameOriginal, @Nullable String nameEn,
                                  @Nullable String nameVi, @Nullable String abbreviation, @Nullable String countryCode,
                                  @Nullable String iatiIdentifier, @Nullable String iatiOrgType,
                                  @Nullable String website, @Nullable String addressAbroad, @Nullable String addressVn,
                                  @Nullable String phone, @Nullable String email, @Nullable String headOfOffice,
                                  List<String> sectorCodes, List<String> priorityFields, List<String> communeCodes,
                                  @Nullable String notes) {

    /** A copy with blank texts as absent and codes trimmed and de-duplicated. */
    public OrganisationDetails normalized() {
        return new OrganisationDetails(kind, nameOriginal.trim(), clean(nameEn), clean(nameVi), clean(abbreviation),
                clean(countryCode) == null ? null : countryCode.trim().toUpperCase(java.util.Locale.ROOT),
                clean(iatiIdentifier), clean(iatiOrgType), webAddress(website), clean(addressAbroad), clean(addressVn),
                clean(phone), clean(email), clean(headOfOffice), codes(sectorCodes), codes(priorityFields),
                codes(communeCodes), clean(notes));
    }

    /** An address typed without its scheme ({@code www.example.org}) is a web site's: https. */
    private static @Nullable String webAddress(@Nullable String value) {
        String address = clean(value);
        return address == null || address.matches("(?i)[a-z][a-z0-9+.-]*:.*") ? address : "https://" + address;
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> codes(List<String> codes) {
        return codes.stream().map(String::trim).filter(code -> !code.isEmpty()).distinct().toList();
    }
}
