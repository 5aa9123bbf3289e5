package vn.vientro.interchange;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

import static vn.vientro.shared.Role.ADMIN;
import static vn.vientro.shared.Role.FOCAL_POINT;

/**
 * Who may do what with IATI files: the one place for the interchange module's permissions. Reading the province's
 * own open-data files needs none; importing another publisher's file is the focal point's work (Decree 80/2020: the
 * focal point keeps the province's aid data), and administrators may run it for them.
 */
@Component("interchangePolicy")
public class InterchangePolicy {

    public static final String IMPORT = "@interchangePolicy.canImport()";
    /**
     * Fetching a file from an address makes the server connect where the user says: administrators only, who answer
     * for the server's network (the fetch itself refuses the province's own network whoever asks).
     */
    public static final String IMPORT_FROM_ADDRESS = "@interchangePolicy.canImportFromAddress()";

    private static final Set<Role> IMPORTERS = EnumSet.of(FOCAL_POINT, ADMIN);

    public boolean canImport() {
        return CurrentUser.holdsAny(IMPORTERS);
    }

    public boolean canImportFromAddress() {
        return CurrentUser.holdsAny(ADMIN);
    }
}
