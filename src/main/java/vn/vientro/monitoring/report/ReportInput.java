package vn.vientro.monitoring.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.monitoring.report.ReportContent.BeneficiaryGroup;
import vn.vientro.monitoring.report.ReportContent.MoneyFlow;
import vn.vientro.shared.TextLength;

/**
 * A report as the owner types it, on the page or over the API: the figures recorded in the aid module are not input,
 * they are read again when it is saved. A figure left empty is taken as recorded.
 *
 * @param version the report's version the owner saw; empty for a report not yet written
 */
public record ReportInput(@Nullable Long version,
                          @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String activities,
                          @Nullable List<@Valid MoneyInput> money, @Nullable List<@Valid ResultInput> results,
                          @Nullable List<@Valid ReachedInput> beneficiaries,
                          @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String problems,
                          @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String proposals) {

    /** A form that skips an index binds a list with a gap: kept, so every line keeps the index its errors name. */
    public ReportInput {
        money = money == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(money));
        results = results == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(results));
        beneficiaries = beneficiaries == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(beneficiaries));
    }

    ReportInput withVersion(long stored) {
        return new ReportInput(stored, activities, money, results, beneficiaries, problems, proposals);
    }

    /**
     * The input as typed, with a line for each line of the content the form shows, in its place: a line the post
     * skipped shows the content's, so the form draws every line and each error stays at the index it names.
     */
    ReportInput alignedWith(ReportContent content) {
        ReportInput shown = of(version, content);
        return new ReportInput(version, activities, aligned(money, shown.money, new MoneyInput(null, null, null)),
                aligned(results, shown.results, new ResultInput(null, null, null)),
                aligned(beneficiaries, shown.beneficiaries, new ReachedInput(null, null)), problems, proposals);
    }

    private static <T> List<T> aligned(List<@Nullable T> typed, List<T> shown, T empty) {
        List<T> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(typed.size(), shown.size()); i++) {
            T line = i < typed.size() ? typed.get(i) : null;
            lines.add(line != null ? line : i < shown.size() ? shown.get(i) : empty);
        }
        return lines;
    }

    /** The input showing a stored content, for the form. */
    static ReportInput of(@Nullable Long version, ReportContent content) {
        return new ReportInput(version, content.activities(),
                content.money().stream().map(line -> new MoneyInput(line.flow(),
                        line.reported() != null ? line.reported() : line.recorded(), line.reason())).toList(),
                content.results().stream().map(line -> new ResultInput(line.periodId(),
                        line.reported() != null ? line.reported() : line.recorded(), line.reason())).toList(),
                content.beneficiaries().stream().map(line -> new ReachedInput(line.group(), line.people())).toList(),
                content.problems(), content.proposals());
    }

    public record MoneyInput(@Nullable MoneyFlow flow, @Nullable BigDecimal reported,
                             @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String reason) {
    }

    public record ResultInput(@Nullable Long periodId, @Nullable BigDecimal reported,
                              @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String reason) {
    }

    public record ReachedInput(@Nullable BeneficiaryGroup group, @Nullable Long people) {
    }
}
