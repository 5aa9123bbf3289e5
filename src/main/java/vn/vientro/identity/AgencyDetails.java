package vn.vientro.identity;

import org.jspecify.annotations.Nullable;

/** What an administrator states about an agency. */
public record AgencyDetails(String code, String nameVi, @Nullable String nameEn, @Nullable String shortName,
                            AgencyKind kind, boolean focalPoint, boolean appraisalLead, boolean active,
                            @Nullable String email, @Nullable String phone, @Nullable String address) {
}
