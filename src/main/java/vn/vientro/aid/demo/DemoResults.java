package vn.vientro.aid.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.vientro.aid.results.ActualInput;
import vn.vientro.aid.results.IndicatorInput;
import vn.vientro.aid.results.IndicatorMeasure;
import vn.vientro.aid.results.ResultInput;
import vn.vientro.aid.results.ResultLevel;
import vn.vientro.aid.results.Results;
import vn.vientro.aid.results.ResultsFramework;
import vn.vientro.aid.results.TargetInput;
import vn.vientro.identity.ActingUser;
import vn.vientro.platform.DemoFile;

/**
 * The demo items' results frameworks ({@code demo/aid/results.yml}), set by the aid owner with the dossier (an output
 * and an outcome fitting the item's main sector, with yearly targets from a baseline), and the actual values reported
 * once the aid runs: a little under or over target, and for late reporters the last finished year not yet reported,
 * so that it shows overdue.
 */
@Component
@Profile("demo")
class DemoResults {

    /** The frameworks and report comments as {@code demo/aid/results.yml} gives them. */
    record Seed(String baselineComment, String actualComment, String qualitativeActual, List<Plan> plans) {
    }

    /** The results set for items whose main sector is {@code sector} ("other": any sector not listed). */
    record Plan(String sector, List<Planned> results) {
    }

    record Planned(ResultLevel level, String titleVi, String titleEn, PlannedIndicator indicator) {
    }

    /** A target is fixed, or {@code targetPerBeneficiary} times the item's beneficiaries; a qualitative one is text. */
    record PlannedIndicator(String titleVi, String titleEn, IndicatorMeasure measure, @Nullable String unit,
                            boolean ascending, @Nullable BigDecimal baseline, @Nullable BigDecimal target,
                            @Nullable BigDecimal targetPerBeneficiary, @Nullable String qualitative) {

        @Nullable BigDecimal target(DemoItem demo) {
            return targetPerBeneficiary == null ? target
                    : targetPerBeneficiary.multiply(BigDecimal.valueOf(demo.beneficiaries()));
        }
    }

    private final ActingUser acting;
    private final Results results;
    private final Clock clock;
    private final Seed seed = DemoFile.read("demo/aid/results.yml", Seed.class);

    DemoResults(ActingUser acting, Results results, Clock clock) {
        this.acting = acting;
        this.results = results;
        this.clock = clock;
    }

    void define(long id, String owner, DemoItem demo) {
        acting.run(owner, () -> {
            for (Planned result : plan(demo)) {
                long resultId = results.addResult(id, new ResultInput(result.level(), result.titleVi(),
                        result.titleEn(), null));
                PlannedIndicator p = result.indicator();
                long indicator = results.addIndicator(id, resultId, new IndicatorInput(p.titleVi(), p.titleEn(),
                        p.measure(), p.unit(), p.ascending(),
                        p.baseline() == null ? null : demo.plannedStart().getYear() - 1,
                        p.baseline(), p.baseline() == null ? null : seed.baselineComment()));
                periods(demo, p, id, indicator);
            }
            return null;
        });
    }

    /** Reports every finished year, except the last one of a late reporter. */
    void report(long id, String owner, DemoItem demo) {
        LocalDate today = LocalDate.now(clock);
        boolean late = demo.lateReporter();
        acting.run(owner, () -> {
            for (ResultsFramework.ResultEntry result : results.framework(id).results()) {
                for (ResultsFramework.IndicatorEntry entry : result.indicators()) {
                    List<ResultsFramework.PeriodEntry> ended = entry.periods().stream()
                            .filter(p -> p.period().end().isBefore(today)).toList();
                    for (int i = 0; i < ended.size() - (late ? 1 : 0); i++) {
                        var period = ended.get(i).period();
                        results.report(id, period.id(), period.version(), actual(entry, period.targetValue(), i));
                    }
                }
            }
            return null;
        });
    }

    private ActualInput actual(ResultsFramework.IndicatorEntry entry, @Nullable BigDecimal target, int year) {
        if (target == null) {
            return new ActualInput(null, seed.qualitativeActual(), null);
        }
        // Counts run a little behind in the first year and catch up; falling rates come down a little slower.
        BigDecimal factor = new BigDecimal(year == 0 ? "0.92" : "1.04");
        if (!entry.indicator().ascending()) {
            factor = new BigDecimal("0.8");
        }
        BigDecimal baseline = entry.indicator().baselineValue() == null ? BigDecimal.ZERO
                : entry.indicator().baselineValue();
        BigDecimal value = baseline.add(target.subtract(baseline).multiply(factor));
        value = entry.indicator().measure() == IndicatorMeasure.PERCENTAGE
                ? value.min(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                : value.setScale(target.scale() > 0 ? 1 : 0, RoundingMode.HALF_UP);
        return new ActualInput(value, seed.actualComment(), null);
    }

    /** Yearly periods from the planned start to the planned end, the targets moving evenly to the final one. */
    private void periods(DemoItem demo, PlannedIndicator p, long id, long indicator) {
        List<LocalDate[]> years = new ArrayList<>();
        for (LocalDate start = demo.plannedStart(); !start.isAfter(demo.plannedEnd()); start = start.plusYears(1)) {
            LocalDate end = start.plusYears(1).minusDays(1);
            years.add(new LocalDate[] {start, end.isAfter(demo.plannedEnd()) ? demo.plannedEnd() : end});
        }
        BigDecimal last = p.target(demo);
        for (int i = 0; i < years.size(); i++) {
            BigDecimal target = null;
            String comment = null;
            if (last == null) {
                comment = p.qualitative();
            } else {
                BigDecimal from = p.baseline() == null ? BigDecimal.ZERO : p.baseline();
                target = from.add(last.subtract(from).multiply(BigDecimal.valueOf(i + 1L))
                        .divide(BigDecimal.valueOf(years.size()), last.scale(), RoundingMode.HALF_UP));
            }
            results.addPeriod(id, indicator, new TargetInput(years.get(i)[0], years.get(i)[1], target, comment));
        }
    }

    /** The plan of the item's main sector. */
    private List<Planned> plan(DemoItem demo) {
        String sector = demo.sectors().get(0).split(" ")[0];
        return seed.plans().stream().filter(plan -> plan.sector().equals(sector)).findFirst()
                .or(() -> seed.plans().stream().filter(plan -> plan.sector().equals("other")).findFirst())
                .orElseThrow().results();
    }
}
