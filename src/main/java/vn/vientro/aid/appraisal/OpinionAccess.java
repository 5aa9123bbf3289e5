package vn.vientro.aid.appraisal;

import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidRoles;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyAuthority;
import vn.vientro.identity.AgencyKind;

/**
 * Who sees and does what with opinions (DOMAIN.md §10).
 * <ul>
 * <li>Security opinions: only {@link AidRoles#SECURITY_READERS} (police, appraisal lead, focal point, leaders); never
 * administrators, line departments, communes or aid owners, whatever their agency.</li>
 * <li>Other opinions are working papers of the government: the provincial roles read them all; an officer of the aid
 * owner or governing agency reads them when that agency is itself a state body (a department, a commune committee),
 * not when it is a hospital, school or association; an officer of a consulted agency reads the requests made to it.
 * </li>
 * <li>An agency answers through its own staff (not a system administrator); the appraisal lead records a reply
 * received in writing.</li>
 * </ul>
 */
@Component
class OpinionAccess {

    /** Roles that speak for their agency; an administrator manages the system and gives no opinions. */
    static final Set<String> ANSWERERS = Set.of("AGENCY_OFFICER", "FOCAL_POINT", "APPRAISER", "SECURITY", "LEADER");
    static final Set<String> DRAFT_READERS = Set.of("APPRAISER", "FOCAL_POINT", "LEADER");

    private final Agencies agencies;

    OpinionAccess(Agencies agencies) {
        this.agencies = agencies;
    }

    boolean readsSecrets() {
        return AidRoles.currentUserHoldsAny(AidRoles.SECURITY_READERS);
    }

    boolean isAppraiser() {
        return AidRoles.currentUserHoldsAny(AidRoles.APPRAISERS);
    }

    long agency() {
        OptionalLong agency = AgencyAuthority.currentAgency();
        return agency.isPresent() ? agency.getAsLong() : -1;
    }

    /** Whether the user gives opinions for an agency, so has an inbox. */
    boolean answersForAgency() {
        return AidRoles.currentUserHoldsAny(ANSWERERS) && AgencyAuthority.currentAgency().isPresent();
    }

    /** Whether the user reads every non-confidential opinion of the item, not only those asked of their agency. */
    boolean readsAllOf(AidItemRecord item) {
        if (AidRoles.currentUserHoldsAny(AidRoles.READ_ALL)) {
            return true;
        }
        long mine = agency();
        return (mine == item.ownerAgencyId() || mine == item.governingAgencyId()) && isStateBody(mine);
    }

    boolean mayRead(OpinionRequestView opinion, AidItemRecord item) {
        return (!opinion.confidential() || readsSecrets())
                && (readsAllOf(item) || opinion.agencyId() == agency());
    }

    boolean mayRequest(AidItemRecord item) {
        return isAppraiser() && item.status() == AidStatus.UNDER_APPRAISAL;
    }

    boolean mayWithdraw(OpinionRequestView opinion) {
        return isAppraiser() && opinion.pending();
    }

    /** The agency's own staff answer; the appraisal lead records any reply received in writing. */
    boolean mayAnswer(OpinionRequestView opinion) {
        if (!opinion.pending() || (opinion.confidential() && !readsSecrets())) {
            return false;
        }
        return isAppraiser() || (opinion.agencyId() == agency() && AidRoles.currentUserHoldsAny(ANSWERERS));
    }

    boolean mayReadDrafts() {
        return AidRoles.currentUserHoldsAny(DRAFT_READERS);
    }

    private boolean isStateBody(long agencyId) {
        return agencies.find(agencyId).map(agency -> isStateBody(agency.kind())).orElse(false);
    }

    static boolean isStateBody(AgencyKind kind) {
        return switch (kind) {
            case PEOPLES_COMMITTEE, PC_OFFICE, FOREIGN_AFFAIRS, FINANCE, PLANNING_INVESTMENT, POLICE, LINE_DEPARTMENT,
                 COMMUNE_COMMITTEE -> true;
            case FRIENDSHIP_UNION, AID_OWNER, OTHER -> false;
        };
    }
}
