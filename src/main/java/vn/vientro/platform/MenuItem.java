package vn.vientro.platform;

import java.util.Set;

/**
 * One entry of the staff menu. {@code roles} empty means every signed-in user sees it.
 *
 * @param section  message key of the menu section the entry belongs to
 * @param labelKey message key of the entry's label
 * @param href     link under {@code /app}
 * @param icon     name of an icon in the platform's icon sprite
 * @param order    position in the whole menu; sections appear in the order of their first entry
 *                 (work 100–799, reference data 800–899, system 900–949, personal 950–999)
 */
public record MenuItem(String section, String labelKey, String href, String icon, int order, Set<String> roles) {

    public boolean visibleTo(Set<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
