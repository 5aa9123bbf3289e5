package vn.vientro.platform;

import java.util.List;

/** A module adds its pages to the staff menu by declaring a bean of this type. */
@FunctionalInterface
public interface MenuContribution {

    List<MenuItem> menuItems();
}
