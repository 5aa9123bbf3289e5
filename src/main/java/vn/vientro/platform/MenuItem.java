package vn.vientro.platform;

import java.util.function.BooleanSupplier;

/**
 * One entry of the staff menu.
 *
 * @param section  message key of the menu section the entry belongs to
 * @param labelKey message key of the entry's label
 * @param href     link under {@code /app}
 * @param icon     name of an icon in the platform's icon sprite
 * @param order    position in the whole menu; sections appear in the order of their first entry
 *                 (work 100–799, reference data 800–899, system 900–949, personal 950–999)
 * @param shown    whether the signed-in user sees it: the owning module's policy answers (such as
 *                 {@code auditPolicy::canRead}), so the menu never keeps a role list of its own
 */
public record MenuItem(String section, String labelKey, String href, String icon, int order, BooleanSupplier shown) {

    /** An entry every member of staff sees. */
    public static MenuItem forStaff(String section, String labelKey, String href, String icon, int order) {
        return new MenuItem(section, labelKey, href, icon, order, () -> true);
    }

    public boolean visible() {
        return shown.getAsBoolean();
    }
}
