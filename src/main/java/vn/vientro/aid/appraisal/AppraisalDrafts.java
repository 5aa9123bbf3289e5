package vn.vientro.aid.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.aid.item.AidPortfolio;

/**
 * Word drafts the appraisal lead, the focal point and leaders work from: the appraisal report and the approval
 * decision, in the Decree 30/2020 layout, with what the appraisal and the decision recorded. No classified content is
 * exported: the report only names a security opinion.
 */
@Service
public class AppraisalDrafts {

    private final AidPortfolio portfolio;
    private final OpinionRequestQueries queries;
    private final DraftFactsReader facts;
    private final AppraisalReportDraft reports;
    private final DecisionDraft decisions;
    private final Clock clock;

    AppraisalDrafts(AidPortfolio portfolio, OpinionRequestQueries queries, DraftFactsReader facts,
                    AppraisalReportDraft reports, DecisionDraft decisions, Clock clock) {
        this.portfolio = portfolio;
        this.queries = queries;
        this.facts = facts;
        this.reports = reports;
        this.decisions = decisions;
        this.clock = clock;
    }

    @PreAuthorize(AidPolicy.READ_DRAFTS)
    @Transactional(readOnly = true)
    public byte[] appraisalReport(long itemId) {
        AidItemView item = portfolio.get(itemId);
        // Confidential rows are not even read here: the report names their agencies and nothing more.
        var opinions = queries.ofItem(itemId, false, true, -1).stream().filter(o -> !o.withdrawn()).toList();
        return reports.write(item, facts.of(item), opinions, queries.sealedAgencies(itemId), LocalDate.now(clock));
    }

    @PreAuthorize(AidPolicy.READ_DRAFTS)
    @Transactional(readOnly = true)
    public byte[] decision(long itemId) {
        AidItemView item = portfolio.get(itemId);
        return decisions.write(item, facts.of(item), LocalDate.now(clock));
    }
}
