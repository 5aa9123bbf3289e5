package vn.vientro.monitoring.duty;

import org.jspecify.annotations.Nullable;
import vn.vientro.aid.ReportingBasis;

/**
 * The item a duty belongs to as the list shows and filters it: its code and name, its owner, managing agency and
 * donor. Copied from the aid module's public read on each regeneration, so the list never reads the aid module's
 * tables; an amendment that renames the item regenerates its duties.
 */
record ItemParties(String itemCode, String itemNameVi, @Nullable String itemNameEn, long ownerAgencyId,
                   long managingAgencyId, long donorId) {

    static ItemParties of(ReportingBasis basis) {
        return new ItemParties(basis.code(), basis.nameVi(), basis.nameEn(), basis.ownerAgencyId(),
                basis.governingAgencyId(), basis.donorId());
    }
}
