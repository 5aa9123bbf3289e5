package vn.vientro.identity;

import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * What an administrator states about an agency.
 *
 * @param headTitleVi how documents name the agency's head, with the agency ("Giám đốc Sở Y tế tỉnh Phú Thọ")
 */
public record AgencyDetails(String code, String nameVi, @Nullable String nameEn, @Nullable String shortName,
                            AgencyKind kind, boolean focalPoint, boolean appraisalLead, boolean active,
                            @Nullable String email, @Nullable String phone, @Nullable String address,
                            @Nullable String headTitleVi, @Nullable String headTitleEn) {

    public AgencyDetails {
        TextLength.require("code", code, TextLength.CODE);
        TextLength.require("nameVi", nameVi, TextLength.NAME);
        TextLength.require("nameEn", nameEn, TextLength.NAME);
        TextLength.require("shortName", shortName, TextLength.CODE);
        TextLength.require("email", email, TextLength.EMAIL);
        TextLength.require("phone", phone, TextLength.CODE);
        TextLength.require("address", address, TextLength.NAME);
        TextLength.require("headTitleVi", headTitleVi, TextLength.NAME);
        TextLength.require("headTitleEn", headTitleEn, TextLength.NAME);
    }
}
