package vn.vientro.reference;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

/**
 * Who may change reference data: the one place for the reference module's permissions. Reading is open to everyone,
 * the public included, so only changes carry a rule. Services carry the expressions below in {@code @PreAuthorize},
 * controllers that bind input repeat them (403 before anything is read), and pages ask the same methods which forms
 * and buttons to show.
 */
@Component("referencePolicy")
public class ReferencePolicy {

    public static final String MANAGE_RATES = "@referencePolicy.canManageRates()";
    public static final String MANAGE_CALENDAR = "@referencePolicy.canManageCalendar()";
    public static final String MANAGE_PRIORITY_FIELDS = "@referencePolicy.canManagePriorityFields()";

    /** Reference data is the system's configuration: its administrators keep it. */
    private static final Set<Role> KEEPERS = EnumSet.of(Role.ADMIN);

    /** Records, corrects, deletes and imports exchange rates. */
    public boolean canManageRates() {
        return CurrentUser.holdsAny(KEEPERS);
    }

    /** Records the official yearly announcements: days off and working days, switches of announced holidays. */
    public boolean canManageCalendar() {
        return CurrentUser.holdsAny(KEEPERS);
    }

    /** Renames the province's priority fields and maps them to sectors. */
    public boolean canManagePriorityFields() {
        return CurrentUser.holdsAny(KEEPERS);
    }
}
