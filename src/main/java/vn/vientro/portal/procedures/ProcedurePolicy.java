package vn.vientro.portal.procedures;

import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

/**
 * Who writes the portal's procedure pages: the foreign-affairs focal point, which publishes what the province tells
 * NGOs and aid owners (seed 000, "công khai quy trình"). Everyone reads them on the portal.
 */
@Component("procedurePolicy")
public class ProcedurePolicy {

    public static final String EDIT = "@procedurePolicy.editsProcedures()";

    public boolean editsProcedures() {
        return CurrentUser.holdsAny(Role.FOCAL_POINT);
    }
}
