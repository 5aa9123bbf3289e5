package vn.vientro.portal;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.portal.feedback.FeedbackQueries;
import vn.vientro.shared.Role;

import static vn.vientro.shared.Role.AGENCY_OFFICER;
import static vn.vientro.shared.Role.FOCAL_POINT;
import static vn.vientro.shared.Role.LEADER;

/**
 * Who may do what with community feedback sent from the portal (issue 15 point 6). The focal point receives it,
 * triages it, assigns it to the agency that owns the item or proposed the need, and publishes the answer; that
 * agency's officers read what is assigned to them and draft the answer; leaders read all. The sender's name, contact
 * and photo are personal data: only these readers see them, never an administrator, the police or the public.
 * <p>
 * A feedback that does not exist passes the feedback-level checks, so that the service answers 404 rather than 403.
 */
@Component("feedbackPolicy")
public class FeedbackPolicy {

    public static final String LIST = "@feedbackPolicy.canList()";
    public static final String READ = "@feedbackPolicy.canRead(#feedbackId)";
    public static final String TRIAGE = "@feedbackPolicy.triages()";
    public static final String ANSWER = "@feedbackPolicy.canAnswer(#feedbackId)";

    private static final Set<Role> READ_ALL = EnumSet.of(FOCAL_POINT, LEADER);
    private static final Set<Role> TRIAGERS = EnumSet.of(FOCAL_POINT);

    private final FeedbackQueries feedback;

    FeedbackPolicy(FeedbackQueries feedback) {
        this.feedback = feedback;
    }

    /** The list: the focal point and leaders (all), an agency's officers (what is assigned to their agency). */
    public boolean canList() {
        return readsAll() || CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.agency().isPresent();
    }

    public boolean readsAll() {
        return CurrentUser.holdsAny(READ_ALL);
    }

    /** The agency whose assigned feedback the user reads, when they do not read all. */
    public OptionalLong assignedAgency() {
        return readsAll() ? OptionalLong.empty() : CurrentUser.agency();
    }

    public boolean canRead(long feedbackId) {
        if (readsAll()) {
            return true;
        }
        return CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.agency().isPresent()
                && feedback.assignedAgency(feedbackId).map(agency -> agency.isEmpty()
                        ? Boolean.FALSE : CurrentUser.worksFor(agency.getAsLong())).orElse(true);
    }

    /** Accepts, rejects, assigns and publishes: the focal point. */
    public boolean triages() {
        return CurrentUser.holdsAny(TRIAGERS);
    }

    /** Drafts the answer: an officer of the agency it is assigned to, or the focal point. */
    public boolean canAnswer(long feedbackId) {
        if (triages()) {
            return true;
        }
        return CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.agency().isPresent()
                && feedback.assignedAgency(feedbackId).map(agency -> agency.isPresent()
                        && CurrentUser.worksFor(agency.getAsLong())).orElse(true);
    }
}
