package vn.vientro.aid.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

/**
 * The demo items' results frameworks, set by the aid owner with the dossier (an output and an outcome fitting the
 * item's main sector, with yearly targets from a baseline), and the actual values reported once the aid runs: a little
 * under or over target, and for two items the last finished year not yet reported, so that it shows overdue.
 */
@Component
class DemoResults {

    private final ActingUser acting;
    private final Results results;
    private final Clock clock;

    DemoResults(ActingUser acting, Results results, Clock clock) {
        this.acting = acting;
        this.results = results;
        this.clock = clock;
    }

    void define(long id, String owner, DemoItem demo) {
        acting.run(owner, () -> {
            for (Planned result : plan(demo)) {
                long resultId = results.addResult(id, new ResultInput(result.level, result.titleVi, result.titleEn,
                        null));
                for (PlannedIndicator p : result.indicators) {
                    long indicator = results.addIndicator(id, resultId, new IndicatorInput(p.titleVi, p.titleEn,
                            p.measure, p.unit, p.ascending,
                            p.baseline == null ? null : demo.plannedStart().getYear() - 1,
                            p.baseline, p.baseline == null ? null : "Số liệu điều tra đầu kỳ"));
                    periods(demo, p, id, indicator);
                }
            }
            return null;
        });
    }

    /** Reports every finished year, except the last one of a late reporter. */
    void report(long id, String owner, DemoItem demo) {
        LocalDate today = LocalDate.now(clock);
        boolean late = demo.owner().equals("BVDK-TINH") || demo.nameVi().startsWith("Chương trình phát triển vùng");
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

    private static ActualInput actual(ResultsFramework.IndicatorEntry entry, @Nullable BigDecimal target, int year) {
        if (target == null) {
            return new ActualInput(null, "Đã ban hành và triển khai tại 6/8 xã; 2 xã đang hoàn thiện.");
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
        return new ActualInput(value, "Theo báo cáo năm của chủ khoản viện trợ");
    }

    /** Yearly periods from the planned start to the planned end, the targets moving evenly to the final one. */
    private void periods(DemoItem demo, PlannedIndicator p, long id, long indicator) {
        List<LocalDate[]> years = new ArrayList<>();
        for (LocalDate start = demo.plannedStart(); !start.isAfter(demo.plannedEnd()); start = start.plusYears(1)) {
            LocalDate end = start.plusYears(1).minusDays(1);
            years.add(new LocalDate[] {start, end.isAfter(demo.plannedEnd()) ? demo.plannedEnd() : end});
        }
        for (int i = 0; i < years.size(); i++) {
            BigDecimal target = null;
            String comment = null;
            if (p.target == null) {
                comment = p.qualitative;
            } else {
                BigDecimal from = p.baseline == null ? BigDecimal.ZERO : p.baseline;
                target = from.add(p.target.subtract(from).multiply(BigDecimal.valueOf(i + 1L))
                        .divide(BigDecimal.valueOf(years.size()), p.target.scale(), RoundingMode.HALF_UP));
            }
            results.addPeriod(id, indicator, new TargetInput(years.get(i)[0], years.get(i)[1], target, comment));
        }
    }

    private static List<Planned> plan(DemoItem demo) {
        String sector = demo.sectors().get(0).split(" ")[0];
        BigDecimal people = BigDecimal.valueOf(demo.beneficiaries());
        return switch (sector) {
            case "16010" -> List.of(
                    new Planned(ResultLevel.OUTPUT, "Người khuyết tật được phục hồi chức năng tại cộng đồng",
                            "People with disabilities receiving community-based rehabilitation",
                            count("Số người khuyết tật được phục hồi chức năng", "people rehabilitated", "người",
                                    people)),
                    new Planned(ResultLevel.OUTCOME, "Người khuyết tật cải thiện khả năng tự chăm sóc",
                            "People with disabilities more able to care for themselves",
                            percent("Tỷ lệ người được can thiệp cải thiện chức năng vận động",
                                    "Share improving motor function", "35", "70")));
            case "12262" -> List.of(
                    new Planned(ResultLevel.OUTPUT, "Ca nghi sốt rét được xét nghiệm và điều trị kịp thời",
                            "Suspected malaria cases tested and treated in time",
                            count("Số ca nghi sốt rét được xét nghiệm", "suspected cases tested", "ca",
                                    people.multiply(BigDecimal.valueOf(2)))),
                    new Planned(ResultLevel.OUTCOME, "Giảm mắc sốt rét ở nhóm dân di biến động",
                            "Less malaria among mobile populations",
                            new PlannedIndicator("Tỷ lệ mắc sốt rét trên 1.000 dân", "Malaria incidence per 1,000",
                                    IndicatorMeasure.UNIT, "ca/1.000 dân", false, new BigDecimal("2.4"),
                                    new BigDecimal("0.8"), null)));
            case "12263" -> List.of(
                    new Planned(ResultLevel.OUTPUT, "Người bệnh lao được phát hiện và điều trị",
                            "People with TB found and treated",
                            count("Số người bệnh lao được phát hiện và điều trị", "people with TB treated", "người",
                                    BigDecimal.valueOf(1400))),
                    new Planned(ResultLevel.OUTCOME, "Điều trị lao thành công", "Successful TB treatment",
                            percent("Tỷ lệ điều trị thành công người bệnh lao", "TB treatment success rate", "86",
                                    "92")));
            case "13040" -> List.of(
                    new Planned(ResultLevel.OUTPUT, "Người sống chung với HIV được điều trị ARV",
                            "People living with HIV on antiretroviral treatment",
                            count("Số người được điều trị ARV", "people on ARV", "người", people)),
                    new Planned(ResultLevel.OUTCOME, "Ức chế tải lượng vi rút", "Viral load suppressed",
                            percent("Tỷ lệ người điều trị ARV có tải lượng vi rút dưới ngưỡng ức chế",
                                    "Share with suppressed viral load", "92", "95")));
            case "11220" -> List.of(
                    new Planned(ResultLevel.OUTPUT, "Trẻ em vùng khó khăn được học trong điều kiện tốt hơn",
                            "Children in poor areas learning in better conditions",
                            count("Số học sinh hưởng lợi", "pupils benefiting", "học sinh", people)),
                    new Planned(ResultLevel.OUTCOME, "Học sinh hoàn thành cấp học", "Pupils completing school",
                            percent("Tỷ lệ học sinh hoàn thành chương trình cấp học", "Completion rate", "88",
                                    "95")));
            case "72010" -> List.of(
                    new Planned(ResultLevel.OUTPUT, "Hộ bị lũ quét được cứu trợ", "Flood-hit households relieved",
                            count("Số hộ nhận nước sạch, lương thực và bộ vệ sinh",
                                    "households receiving water, food and hygiene kits", "hộ",
                                    BigDecimal.valueOf(750))));
            default -> List.of(
                    new Planned(ResultLevel.OUTPUT, "Người hưởng lợi được hỗ trợ", "Beneficiaries supported",
                            count("Số người hưởng lợi trực tiếp", "direct beneficiaries", "người", people)),
                    new Planned(ResultLevel.OUTCOME, "Cơ chế quản lý của địa phương được hoàn thiện",
                            "Local management arrangements in place",
                            new PlannedIndicator("Quy chế quản lý nguồn vốn hỗ trợ của hội phụ nữ xã",
                                    "Rules for managing the women's union's support fund",
                                    IndicatorMeasure.QUALITATIVE, null, true, null, null,
                                    "Quy chế được ban hành và áp dụng tại các xã dự án")));
        };
    }

    private static PlannedIndicator count(String titleVi, String titleEn, String unit, BigDecimal target) {
        return new PlannedIndicator(titleVi, "Number of " + titleEn, IndicatorMeasure.UNIT, unit, true, null, target,
                null);
    }

    private static PlannedIndicator percent(String titleVi, String titleEn, String baseline, String target) {
        return new PlannedIndicator(titleVi, titleEn, IndicatorMeasure.PERCENTAGE, null, true,
                new BigDecimal(baseline), new BigDecimal(target), null);
    }

    private record Planned(ResultLevel level, String titleVi, String titleEn, List<PlannedIndicator> indicators) {
        Planned(ResultLevel level, String titleVi, String titleEn, PlannedIndicator indicator) {
            this(level, titleVi, titleEn, List.of(indicator));
        }
    }

    private record PlannedIndicator(String titleVi, String titleEn, IndicatorMeasure measure, @Nullable String unit,
                                    boolean ascending, @Nullable BigDecimal baseline, @Nullable BigDecimal target,
                                    @Nullable String qualitative) {
    }
}
