package vn.vientro.reference.adminunit;

import tools.jackson.databind.JsonNode;

/**
 * A unit named with its parents the way Vietnamese addresses are written: "Phường Liên Bảo, TP Vĩnh Yên,
 * Vĩnh Phúc (cũ)" for a pre-2025 unit, "Phường Vĩnh Phúc, Phú Thọ" for a current one (the marks and short forms are
 * {@link UnitNaming}'s).
 */
record UnitPath(String vi, String en) {

    static UnitPath of(String set, String fullName, String fullNameEn, JsonNode province, JsonNode district,
                       UnitNaming naming) {
        StringBuilder vi = new StringBuilder(fullName);
        StringBuilder en = new StringBuilder(fullNameEn == null ? fullName : fullNameEn);
        if (district != null) {
            vi.append(", ").append(naming.abbreviated(AdminUnitLoader.text(district, "FullName")));
            en.append(", ").append(AdminUnitLoader.text(district, "FullNameEn"));
        }
        if (province != null) {
            vi.append(", ").append(AdminUnitLoader.text(province, "Name"));
            en.append(", ").append(AdminUnitLoader.text(province, "NameEn"));
        }
        if ("pre2025".equals(set)) {
            vi.append(naming.former().vi());
            en.append(naming.former().en());
        }
        return new UnitPath(vi.toString(), en.toString());
    }
}
