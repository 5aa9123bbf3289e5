package vn.vientro.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the registry knows of an organisation as a possible funder: what it declares it works on (priority fields, DAC
 * sectors or categories, communes), its standing, and until when its registration paper is valid.
 *
 * @param paperValidUntil the latest end of a paper valid today, or null when there is none
 */
public record FunderProfile(long id, String nameOriginal, @Nullable String nameVi, @Nullable String nameEn,
                            OrganisationKind kind, OrganisationStatus status, List<String> priorityFields,
                            List<String> sectorCodes, List<String> communeCodes, @Nullable LocalDate paperValidUntil) {

    public String name(Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return nameEn != null ? nameEn : nameOriginal;
        }
        return nameVi != null ? nameVi : nameEn != null ? nameEn : nameOriginal;
    }

    /** A foreign NGO works in the province only under a valid paper (Decree 58/2022 Art. 8); other kinds need none. */
    public boolean withoutValidPaper() {
        return kind == OrganisationKind.FOREIGN_NGO && paperValidUntil == null;
    }
}
