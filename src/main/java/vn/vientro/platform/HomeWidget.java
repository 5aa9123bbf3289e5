package vn.vientro.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/** A figure on the staff home page ("3 opinions to give"), contributed by the module that owns it. */
public interface HomeWidget {

    /** What this user should see, or nothing when the widget does not concern them. */
    Optional<Tile> tileFor(Authentication user);

    /**
     * @param labelKey message key of the caption
     * @param count    the figure
     * @param href     where a click leads
     * @param urgent   whether the figure asks for action (drawn with a warning mark and text, not colour alone)
     * @param order    position on the page
     */
    record Tile(String labelKey, long count, String href, boolean urgent, int order) {
    }
}
