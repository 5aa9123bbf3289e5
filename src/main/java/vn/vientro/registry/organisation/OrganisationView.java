package vn.vientro.registry.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationStatus;

/**
 * An organisation with what pages need to flag it.
 *
 * @param validPermitUntil end of the paper valid today (the latest, if several)
 * @param withoutValidPermit a foreign NGO with no valid registration paper today
 */
public record OrganisationView(long id, long version, OrganisationKind kind, String nameOriginal,
                               @Nullable String nameEn, @Nullable String nameVi, @Nullable String abbreviation,
                               @Nullable String countryCode, @Nullable String iatiIdentifier,
                               @Nullable String iatiOrgType, @Nullable String website, @Nullable String addressAbroad,
                               @Nullable String addressVn, @Nullable String phone, @Nullable String email,
                               @Nullable String headOfOffice, List<String> sectorCodes, List<String> priorityFields,
                               List<String> communeCodes, @Nullable String notes, OrganisationStatus status,
                               @Nullable LocalDate validPermitUntil, boolean withoutValidPermit) {

    /** The name to show: Vietnamese if known, else English, else the original. */
    public String displayName(Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return nameEn != null ? nameEn : nameOriginal;
        }
        return nameVi != null ? nameVi : nameEn != null ? nameEn : nameOriginal;
    }

    public String displayName() {
        return displayName(Locale.forLanguageTag("vi"));
    }

    /** Days until the valid paper ends, or -1 when there is none. */
    public long daysOfValidityLeft(LocalDate today) {
        return validPermitUntil == null ? -1 : java.time.temporal.ChronoUnit.DAYS.between(today, validPermitUntil);
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(kind, nameOriginal, nameEn, nameVi, abbreviation, countryCode, iatiIdentifier,
                iatiOrgType, website, addressAbroad, addressVn, phone, email, headOfOffice, sectorCodes,
                priorityFields, communeCodes, notes);
    }
}
