package vn.vientro.registry.organisation;

import org.jspecify.annotations.Nullable;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationStatus;

/** Filters of the organisation list; every part optional. */
public record OrganisationFilter(@Nullable OrganisationKind kind, @Nullable OrganisationStatus status,
                                 @Nullable String countryCode, @Nullable String sectorCode,
                                 @Nullable Integer expiringWithinDays, boolean withoutValidPermit,
                                 @Nullable String text, int page, int pageSize) {

    public OrganisationFilter {
        countryCode = blankToNull(countryCode);
        sectorCode = blankToNull(sectorCode);
        text = blankToNull(text);
        page = Math.max(page, 0);
        pageSize = Math.max(1, Math.min(pageSize, 500));
    }

    public static OrganisationFilter all() {
        return new OrganisationFilter(null, null, null, null, null, false, null, 0, 50);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
