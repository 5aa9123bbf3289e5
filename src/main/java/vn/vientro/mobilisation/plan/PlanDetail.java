package vn.vientro.mobilisation.plan;

import java.util.List;

/** A plan with the activities the reader sees, as the API returns it. */
public record PlanDetail(PlanView plan, List<ActivityView> activities, PlanOverview.Progress progress,
                         List<PlanOverview.BudgetLine> budget) {
}
