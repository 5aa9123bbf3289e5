package vn.vientro.aid.appraisal;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidPolicy;
import vn.vientro.platform.HomeWidget;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The "opinions to give" menu entry and home tile, for the staff who answer for their agency. */
@Component
class AppraisalLayout implements MenuContribution, HomeWidget {

    private final Appraisals appraisals;
    private final AidPolicy policy;

    AppraisalLayout(Appraisals appraisals, AidPolicy policy) {
        this.appraisals = appraisals;
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.aid", "aid.opinions.title", OpinionNotices.INBOX, "envelope", 210,
                policy::givesOpinions));
    }

    @Override
    public Optional<Tile> tileFor(Authentication user) {
        if (!policy.givesOpinions()) {
            return Optional.empty();
        }
        OpinionRequestQueries.Figure figure = appraisals.pendingFigure();
        return Optional.of(new Tile(figure.overdue() > 0 ? "aid.opinions.home.overdue" : "aid.opinions.home",
                figure.open(), OpinionNotices.INBOX, figure.overdue() > 0, 210));
    }
}
