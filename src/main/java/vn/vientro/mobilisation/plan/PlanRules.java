package vn.vientro.mobilisation.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.registry.Registry;
import vn.vientro.shared.InputChecks;

/**
 * Checks a plan and its activities beyond their own fields, and reports every broken rule at once: the programme's
 * years around the plan's, the units and targets that must exist, and figures that must agree with the status.
 */
@Component
class PlanRules {

    /** A programme runs three or five years (seed 003: 2022–2025); six calendar years at most, counted inclusively. */
    private static final int LONGEST_PROGRAMME = 5;

    private final Agencies agencies;
    private final Registry registry;
    private final PlanQueries queries;
    private final Clock clock;

    PlanRules(Agencies agencies, Registry registry, PlanQueries queries, Clock clock) {
        this.agencies = agencies;
        this.registry = registry;
        this.queries = queries;
        this.clock = clock;
    }

    void check(PlanInput plan) {
        InputChecks checks = new InputChecks();
        int start = Objects.requireNonNull(plan.programmeStartYear());
        int end = Objects.requireNonNull(plan.programmeEndYear());
        int year = Objects.requireNonNull(plan.year());
        if (end < start || end - start > LONGEST_PROGRAMME) {
            checks.refuse("programmeEndYear", "mobilisation.plan.programme.span", LONGEST_PROGRAMME + 1);
        } else if (year < start || year > end) {
            checks.refuse("year", "mobilisation.plan.year.outside", start, end);
        }
        if (plan.programmeDecisionDate() != null && plan.programmeDecisionNumber() == null) {
            checks.refuse("programmeDecisionNumber", "mobilisation.plan.decision.number");
        }
        if (plan.programmeDecisionDate() != null && plan.programmeDecisionDate().isAfter(LocalDate.now(clock))) {
            checks.refuse("programmeDecisionDate", "mobilisation.plan.decision.future");
        }
        checks.done();
    }

    void check(ActivityDetails activity) {
        InputChecks checks = new InputChecks();
        if (activity.months().stream().anyMatch(month -> month < 1 || month > 12)) {
            checks.refuse("months", "mobilisation.activity.months.invalid");
        }
        Set<Long> known = agencies.all().stream().map(AgencyView::id).collect(Collectors.toSet());
        if (!known.contains(activity.leadAgencyId())) {
            checks.refuse("leadAgencyId", "mobilisation.activity.agency.unknown");
        }
        if (!known.containsAll(activity.participatingAgencies())) {
            checks.refuse("participatingAgencies", "mobilisation.activity.agency.unknown");
        }
        List<Long> organisations = activity.targetOrganisations();
        if (registry.findAll(organisations).size() != organisations.size()) {
            checks.refuse("targetOrganisations", "mobilisation.activity.organisation.unknown");
        }
        if (queries.needTitles(activity.targetNeeds()).size() != activity.targetNeeds().size()) {
            checks.refuse("targetNeeds", "mobilisation.activity.need.unknown");
        }
        checkMoneyAndOutcome(activity, checks);
        checks.done();
    }

    private void checkMoneyAndOutcome(ActivityDetails activity, InputChecks checks) {
        boolean money = activity.budgetPlanned() != null || activity.budgetSpent() != null;
        if (money && activity.fundingSource() == null) {
            checks.refuse("fundingSource", "mobilisation.activity.fundingSource.required");
        }
        if (activity.budgetSpent() != null && activity.budgetSpent().signum() > 0
                && activity.status() == ActivityStatus.NOT_STARTED) {
            checks.refuse("budgetSpent", "mobilisation.activity.spent.notStarted");
        }
        if (activity.doneOn() != null && activity.status() != ActivityStatus.DONE) {
            checks.refuse("doneOn", "mobilisation.activity.doneOn.notDone");
        } else if (activity.doneOn() != null && activity.doneOn().isAfter(LocalDate.now(clock))) {
            checks.refuse("doneOn", "mobilisation.activity.doneOn.future");
        }
    }
}
