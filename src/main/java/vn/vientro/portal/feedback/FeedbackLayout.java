package vn.vientro.portal.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.platform.HomeWidget;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.portal.FeedbackPolicy;
import vn.vientro.shared.Role;

/**
 * Community feedback's menu entry, and on the home page the feedback overdue: all of it for the focal point (with
 * what waits for triage), what is assigned to their agency for an agency's officer.
 */
@Component
class FeedbackLayout implements MenuContribution, HomeWidget {

    private final FeedbackPolicy policy;
    private final FeedbackQueries queries;
    private final Clock clock;

    FeedbackLayout(FeedbackPolicy policy, FeedbackQueries queries, Clock clock) {
        this.policy = policy;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.work", "portal.feedback.staff.title", FeedbackController.PATH,
                "envelope", 160, policy::canList));
    }

    @Override
    public Optional<Tile> tileFor(Authentication user) {
        if (!CurrentUser.holdsAny(user, List.of(Role.FOCAL_POINT, Role.AGENCY_OFFICER))) {
            return Optional.empty();
        }
        boolean focal = CurrentUser.holdsAny(user, List.of(Role.FOCAL_POINT));
        OptionalLong agency = focal ? OptionalLong.empty() : CurrentUser.agencyOf(user);
        if (!focal && agency.isEmpty()) {
            return Optional.empty();
        }
        long overdue = queries.overdue(agency, LocalDate.now(clock));
        return Optional.of(new Tile("portal.feedback.home.overdue", overdue, FeedbackController.PATH + "?overdue=true",
                overdue > 0, 260));
    }
}
