package vn.vientro.identity;

import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Unique;

/**
 * Agencies for tests, registered through {@link Agencies} as an administrator. The province has one People's
 * Committee, one Office of it (the foreign-affairs focal point), one Department of Finance (the appraisal lead) and one
 * Police, and the application asks "the" police or "the" focal point: these are made once per application, on first
 * use. Every other agency is new at each call, so that no two tests share one.
 */
public final class ProvinceAgencies {

    private ProvinceAgencies() {
    }

    public static AgencyView peoplesCommittee() {
        return single(new AgencyDetails("UBND-TINH", "Ủy ban nhân dân tỉnh Phú Thọ",
                "Phu Tho Provincial People's Committee",
                "UBND tỉnh", AgencyKind.PEOPLES_COMMITTEE, false, false, true, null, null, null,
                "Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ", "Chairman of the Phu Tho Provincial People's Committee"));
    }

    /** The Office of the Provincial People's Committee, the focal point since 2025. */
    public static AgencyView committeeOffice() {
        return single(new AgencyDetails("VP-UBND", "Văn phòng Ủy ban nhân dân tỉnh Phú Thọ",
                "Office of the Provincial People's Committee", "VP UBND tỉnh", AgencyKind.PC_OFFICE, true, false, true,
                null, null, null, "Chánh Văn phòng Ủy ban nhân dân tỉnh Phú Thọ",
                "Chief of the Office of the Provincial People's Committee"));
    }

    /** The Department of Finance, the appraisal lead. */
    public static AgencyView finance() {
        return single(new AgencyDetails("STC", "Sở Tài chính tỉnh Phú Thọ", "Phu Tho Department of Finance",
                "Sở Tài chính", AgencyKind.FINANCE, false, true, true, null, null, null,
                "Giám đốc Sở Tài chính tỉnh Phú Thọ", "Director of the Phu Tho Department of Finance"));
    }

    public static AgencyView police() {
        return single(new AgencyDetails("CA-TINH", "Công an tỉnh Phú Thọ", "Phu Tho Provincial Police", "Công an tỉnh",
                AgencyKind.POLICE, false, false, true, null, null, null, "Giám đốc Công an tỉnh Phú Thọ", null));
    }

    /** A new department of the province, such as an aid owner: "Sở Y tế 12". */
    public static AgencyView newLineDepartment() {
        int n = Unique.number();
        return register(new AgencyDetails("SYT-" + n, "Sở Y tế " + n, "Department of Health " + n, null,
                AgencyKind.LINE_DEPARTMENT, false, false, true, null, null, null, null, null));
    }

    /** A new commune or ward committee: "Ủy ban nhân dân phường 12". */
    public static AgencyView newCommune() {
        int n = Unique.number();
        return register(new AgencyDetails("UBND-P-" + n, "Ủy ban nhân dân phường " + n, "Ward People's Committee " + n,
                null, AgencyKind.COMMUNE_COMMITTEE, false, false, true, null, null, null, null, null));
    }

    public static AgencyView register(AgencyDetails details) {
        Agencies agencies = ApplicationUnderTest.bean(Agencies.class);
        return SystemAuthentication.asAdministrator("system:test",
                () -> agencies.get(agencies.register(details)));
    }

    private static AgencyView single(AgencyDetails details) {
        Agencies agencies = ApplicationUnderTest.bean(Agencies.class);
        return agencies.all().stream().filter(agency -> agency.code().equals(details.code())).findFirst()
                .orElseGet(() -> register(details));
    }
}
