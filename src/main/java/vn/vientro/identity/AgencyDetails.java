package vn.vientro.identity;

import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** What an administrator states about an agency. */
public record AgencyDetails(String code, String nameVi, @Nullable String nameEn, @Nullable String shortName,
                            AgencyKind kind, boolean focalPoint, boolean appraisalLead, boolean active,
                            @Nullable String email, @Nullable String phone, @Nullable String address) {

    public AgencyDetails {
        TextLength.require("code", code, TextLength.CODE);
        TextLength.require("nameVi", nameVi, TextLength.NAME);
        TextLength.require("nameEn", nameEn, TextLength.NAME);
        TextLength.require("shortName", shortName, TextLength.CODE);
        TextLength.require("email", email, TextLength.EMAIL);
        TextLength.require("phone", phone, TextLength.CODE);
        TextLength.require("address", address, TextLength.NAME);
    }
}
