package vn.vientro.audit;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

import static vn.vientro.shared.Role.APPRAISER;
import static vn.vientro.shared.Role.FOCAL_POINT;
import static vn.vientro.shared.Role.LEADER;
import static vn.vientro.shared.Role.SECURITY;

/**
 * Who may read the audit trail, and who may read sealed records: the one place for the audit module's permissions. The
 * service and the controllers carry the expressions below; the menu, and other modules showing the raw history of
 * their records or sealing their security opinions, ask the same methods. Nobody writes the trail: the database does.
 */
@Component("auditPolicy")
public class AuditPolicy {

    public static final String READ = "@auditPolicy.canRead()";
    public static final String READ_HISTORY_OF_RECORDS = "@auditPolicy.canReadHistoryOfRecords()";

    /** Administrators answer for the system, leaders for what was decided with it. */
    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.LEADER);
    /**
     * Security opinions may be state secrets (Law 29/2018/QH14): the police, the appraisal lead, the focal point and
     * the approver only, never administrators, line departments, communes, aid owners or the public (DOMAIN.md §10).
     * Every module seals its security opinions for these roles, and the trail shows their trace to these roles only.
     */
    private static final Set<Role> SEALED_READERS = EnumSet.of(SECURITY, APPRAISER, FOCAL_POINT, LEADER);

    /** The whole trail, every table and every actor (sealed events only to {@link #readsSealed()}). */
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

    /** Reads sealed records (a security agency's opinion, its file, the notices about it) and their trace. */
    public boolean readsSealed() {
        return CurrentUser.holdsAny(SEALED_READERS);
    }

    /** The roles that read sealed records, for whom to tell of one. */
    public Set<Role> rolesReadingSealed() {
        return Set.copyOf(SEALED_READERS);
    }
}
