package vn.vientro.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/** A small counter in the page header (such as unread notifications), contributed by the module that owns it. */
public interface HeaderIndicator {

    Optional<Indicator> indicatorFor(Authentication user);

    /**
     * @param labelKey message key of the accessible label, with the count as argument {0}
     * @param count    the figure shown in the badge
     * @param href     where a click leads
     * @param icon     icon name in the platform's sprite
     */
    record Indicator(String labelKey, long count, String href, String icon) {
    }
}
