package vn.vientro.monitoring;

import static vn.vientro.shared.Role.AGENCY_OFFICER;
import static vn.vientro.shared.Role.APPRAISER;
import static vn.vientro.shared.Role.FOCAL_POINT;
import static vn.vientro.shared.Role.LEADER;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

/**
 * Who may see which reporting duties: the one place for the monitoring module's permissions. Services carry the
 * expressions below in {@code @PreAuthorize}; the list's query takes {@link #agencyScope()} so an officer's list, page
 * or API, holds only their agency's duties.
 */
@Component("monitoringPolicy")
public class MonitoringPolicy {

    public static final String LIST_DUTIES = "@monitoringPolicy.canListDuties()";
    public static final String READ_RULES = "@monitoringPolicy.canReadRules()";
    public static final String EDIT_RULES = "@monitoringPolicy.canEditRules()";

    /** Every duty: the focal point who follows them up, the appraisal lead who receives settlements, leaders. */
    private static final Set<Role> READ_ALL = EnumSet.of(FOCAL_POINT, APPRAISER, LEADER);

    public boolean readsAllDuties() {
        return CurrentUser.holdsAny(READ_ALL);
    }

    /** Provincial roles list every duty; an officer those of the items their agency owns or manages. */
    public boolean canListDuties() {
        return readsAllDuties() || CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.agency().isPresent();
    }

    /** The agency whose duties alone the user sees; empty for those who see all. */
    public OptionalLong agencyScope() {
        return readsAllDuties() ? OptionalLong.empty() : CurrentUser.agency();
    }

    /** The NGOs' own duties are the registry's business: the provincial roles see them. */
    public boolean readsNgoDuties() {
        return readsAllDuties();
    }

    /** The due-date rules and their legal sources are public knowledge to every member of staff. */
    public boolean canReadRules() {
        return CurrentUser.holdsAny(Role.values());
    }

    /** Administrators keep the configuration, the due-date rules among it, as a new regulation says. */
    public boolean canEditRules() {
        return CurrentUser.holdsAny(Role.ADMIN);
    }
}
