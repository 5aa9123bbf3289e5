package vn.vientro.audit;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

/**
 * Who may read the audit trail: the one place for the audit module's permissions. The service and the controllers carry
 * the expressions below; the menu, and other modules showing the raw history of their records, ask the same methods.
 * Nobody writes the trail: the database does.
 */
@Component("auditPolicy")
public class AuditPolicy {

    public static final String READ = "@auditPolicy.canRead()";
    public static final String READ_HISTORY_OF_RECORDS = "@auditPolicy.canReadHistoryOfRecords()";

    /** Administrators answer for the system, leaders for what was decided with it. */
    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.LEADER);

    /** The whole trail, every table and every actor. */
    public boolean canRead() {
        return CurrentUser.holdsAny(READERS);
    }

    /**
     * The history of some records, shown by the module that owns them: which records, and to whom, is that module's
     * policy's to say (the registry shows an organisation's to whoever reads it); the trail only keeps it from
     * anonymous callers.
     */
    public boolean canReadHistoryOfRecords() {
        return CurrentUser.holdsAny(Role.values());
    }
}
