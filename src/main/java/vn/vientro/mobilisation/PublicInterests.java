package vn.vientro.mobilisation;

import org.springframework.stereotype.Service;
import vn.vientro.mobilisation.funnel.Funnel;
import vn.vientro.platform.Actor;

/**
 * Interests sent by organisations from the public portal. Anyone may send one, so no role guards it: the portal
 * protects its form against spam, and this only records the interest at the funnel's first stage, for a need the
 * province has published, as the process {@code system:portal} so the audit trail tells it from staff's records.
 */
@Service
public class PublicInterests {

    public static final String ACTOR = "system:portal";

    private final Funnel funnel;

    PublicInterests(Funnel funnel) {
        this.funnel = funnel;
    }

    /**
     * Records the enquiry as an interest in the published need and returns its id.
     *
     * @throws vn.vientro.shared.NotFoundException when the need is not published
     */
    public long receive(long needId, Enquiry enquiry) {
        return Actor.runAs(ACTOR, () -> funnel.receive(needId, enquiry));
    }
}
