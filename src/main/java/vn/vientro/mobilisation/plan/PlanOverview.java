package vn.vientro.mobilisation.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/**
 * What a plan's page shows of its activities on a given day: the year view (months as columns), the progress (done,
 * late, not started) and the budget planned against spent by type of activity. Computed here rather than in SQL
 * because lateness depends on today and the same figures serve the page and the API.
 */
public record PlanOverview(List<YearRow> rows, Progress progress, List<BudgetLine> budget, BudgetLine total) {

    public static final List<Integer> MONTHS = IntStream.rangeClosed(1, 12).boxed().toList();

    static PlanOverview of(int year, List<ActivityView> activities, LocalDate today) {
        List<YearRow> rows = activities.stream().map(activity -> new YearRow(activity,
                activity.state(year, today))).toList();
        Map<ActivityState, Long> counts = new EnumMap<>(ActivityState.class);
        rows.forEach(row -> counts.merge(row.state(), 1L, Long::sum));
        Progress progress = new Progress(counts.getOrDefault(ActivityState.DONE, 0L),
                counts.getOrDefault(ActivityState.LATE, 0L), counts.getOrDefault(ActivityState.IN_PROGRESS, 0L),
                counts.getOrDefault(ActivityState.NOT_STARTED, 0L), counts.getOrDefault(ActivityState.CANCELLED, 0L),
                rows.size());
        Map<ActivityType, BigDecimal[]> sums = new EnumMap<>(ActivityType.class);
        activities.forEach(activity -> {
            BigDecimal[] sum = sums.computeIfAbsent(activity.type(), type -> new BigDecimal[] {BigDecimal.ZERO,
                BigDecimal.ZERO});
            sum[0] = sum[0].add(orZero(activity.budgetPlanned()));
            sum[1] = sum[1].add(orZero(activity.budgetSpent()));
        });
        List<BudgetLine> budget = sums.entrySet().stream().map(entry -> new BudgetLine(entry.getKey(),
                entry.getValue()[0], entry.getValue()[1])).toList();
        BudgetLine total = new BudgetLine(null, budget.stream().map(BudgetLine::planned)
                .reduce(BigDecimal.ZERO, BigDecimal::add), budget.stream().map(BudgetLine::spent)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return new PlanOverview(rows, progress, budget, total);
    }

    private static BigDecimal orZero(@Nullable BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** An activity as a row of the year view: its cells are marked in its planned months, all in its state. */
    public record YearRow(ActivityView activity, ActivityState state) {

        public boolean plannedIn(int month) {
            return activity.months().contains(month);
        }
    }

    /** How many activities stand where; late ones are not counted as not started or in progress. */
    public record Progress(long done, long late, long inProgress, long notStarted, long cancelled, long total) {
    }

    /** Budget planned and spent (VND) of one type of activity, or of all (type null); an amount not given counts 0. */
    public record BudgetLine(@Nullable ActivityType type, BigDecimal planned, BigDecimal spent) {

        public Money plannedVnd() {
            return Money.of(planned, "VND");
        }

        public Money spentVnd() {
            return Money.of(spent, "VND");
        }
    }
}
