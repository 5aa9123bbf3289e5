package vn.vientro.platform;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/**
 * A panel on the staff home page under the tiles, contributed by the module whose page it is (leaders and the focal
 * point see the reporting module's dashboard there). The first panel that concerns a user is shown.
 */
public interface HomePanel {

    /**
     * Fills the model for this user and names the template whose fragment {@code homePanel} the home page inserts, or
     * leaves the model alone and answers nothing when the panel does not concern them.
     */
    Optional<String> fill(Authentication user, Locale locale, Model model);
}
