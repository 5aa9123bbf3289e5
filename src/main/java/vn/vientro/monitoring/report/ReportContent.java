package vn.vientro.monitoring.report;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/**
 * What an aid owner reports for a period (S000 §II.8d–e), kept as one JSON document per draft and per submitted
 * version: the activities done, the money received and spent, the results against the framework's indicators, the
 * people reached by group, the problems met and the proposals. Money and results carry the figure recorded in the aid
 * module when the report was written beside the figure reported, and the reason when they differ.
 */
public record ReportContent(@Nullable String activities, List<MoneyLine> money, List<ResultLine> results,
                            List<Reached> beneficiaries, @Nullable String problems, @Nullable String proposals) {

    static ReportContent empty() {
        return new ReportContent(null, List.of(), List.of(), List.of(), null, null);
    }

    /** Money the owner received (the donor's disbursements) or spent in the period, in VND. */
    public enum MoneyFlow { RECEIVED, SPENT }

    /** The groups the province reports on (seed 000 §IV.3), beside the total. */
    public enum BeneficiaryGroup { TOTAL, WOMEN, CHILDREN, ETHNIC_MINORITIES, PEOPLE_WITH_DISABILITIES, POOR_HOUSEHOLDS }

    /** @param recorded the sum of the item's transactions of the period, as the aid module holds them */
    public record MoneyLine(MoneyFlow flow, BigDecimal recorded, @Nullable BigDecimal reported,
                            @Nullable String reason) {

        public boolean changed() {
            return reported != null && reported.compareTo(recorded) != 0;
        }

        public Money recordedVnd() {
            return new Money(recorded, Money.VND);
        }

        public Money reportedVnd() {
            return new Money(reported != null ? reported : recorded, Money.VND);
        }
    }

    /** @param recorded the actual value the results framework holds for the period, if reported there */
    public record ResultLine(long periodId, String indicatorVi, @Nullable String indicatorEn, @Nullable String unit,
                             @Nullable BigDecimal target, @Nullable BigDecimal recorded,
                             @Nullable BigDecimal reported, @Nullable String reason) {

        public boolean changed() {
            return reported != null && (recorded == null || reported.compareTo(recorded) != 0);
        }
    }

    public record Reached(BeneficiaryGroup group, @Nullable Long people) {
    }
}
