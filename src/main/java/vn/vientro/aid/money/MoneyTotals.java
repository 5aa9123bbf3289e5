package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/**
 * An aid item's money in sum. Amounts in different currencies are never added in their own units: each line lists them
 * per currency, and sums only their VND and USD equivalents.
 *
 * @param lines            one per kind and funding that has transactions
 * @param committedVnd     the donor's commitments (aid funding), in VND
 * @param disbursedVnd     aid received by the aid owner, in VND
 * @param spentVnd         aid spent, in VND
 * @param disbursementRate disbursed ÷ committed, or ÷ the item's total value in VND when nothing is committed; none
 *                         when neither is known
 * @param rateBase         what the rate was divided by
 * @param rateBaseVnd      that figure in VND
 */
public record MoneyTotals(long itemId, List<Line> lines, Money committedVnd, Money disbursedVnd, Money spentVnd,
                          @Nullable BigDecimal disbursementRate, RateBase rateBase, @Nullable Money rateBaseVnd,
                          Counterpart counterpart) {

    public enum RateBase {
        COMMITMENTS, TOTAL_VALUE, NONE
    }

    /** One kind and funding: its amounts per original currency, and its VND and USD equivalents. */
    public record Line(MoneyKind kind, Funding funding, List<Money> byCurrency, Money vnd, Money usd,
                       int transactions) {
    }

    /**
     * Counterpart funds (vốn đối ứng): planned on the item, and provided. What was provided is at least what was put
     * at the aid owner's disposal (counterpart disbursements) and at least what was used (counterpart expenditures;
     * in-kind contributions are recorded only so); the larger of the two, never their sum, which would count cash twice.
     *
     * @param plannedVnd the planned amount in VND, when it is in VND or a rate converts it
     */
    public record Counterpart(@Nullable Money planned, @Nullable Money plannedVnd, Money disbursedVnd,
                              Money spentVnd, Money providedVnd) {
    }

    static MoneyTotals of(long itemId, List<Line> lines, @Nullable Money itemTotalVnd, @Nullable Money planned,
                          @Nullable Money plannedVnd) {
        Money committed = vnd(lines, MoneyKind.COMMITMENT, Funding.AID);
        Money disbursed = vnd(lines, MoneyKind.DISBURSEMENT, Funding.AID);
        RateBase base = committed.amount().signum() > 0 ? RateBase.COMMITMENTS
                : itemTotalVnd != null && itemTotalVnd.amount().signum() > 0 ? RateBase.TOTAL_VALUE : RateBase.NONE;
        Money baseVnd = switch (base) {
            case COMMITMENTS -> committed;
            case TOTAL_VALUE -> itemTotalVnd;
            case NONE -> null;
        };
        BigDecimal rate = baseVnd == null ? null
                : disbursed.amount().divide(baseVnd.amount(), 6, RoundingMode.HALF_EVEN);
        Money cpDisbursed = vnd(lines, MoneyKind.DISBURSEMENT, Funding.COUNTERPART);
        Money cpSpent = vnd(lines, MoneyKind.EXPENDITURE, Funding.COUNTERPART);
        Counterpart counterpart = new Counterpart(planned, plannedVnd, cpDisbursed, cpSpent,
                cpDisbursed.compareTo(cpSpent) >= 0 ? cpDisbursed : cpSpent);
        return new MoneyTotals(itemId, List.copyOf(lines), committed, disbursed,
                vnd(lines, MoneyKind.EXPENDITURE, Funding.AID), rate, base, baseVnd, counterpart);
    }

    public @Nullable Line line(MoneyKind kind, Funding funding) {
        return lines.stream().filter(l -> l.kind() == kind && l.funding() == funding).findFirst().orElse(null);
    }

    /** The VND equivalent of one kind and funding, zero when there is none. */
    public Money vnd(MoneyKind kind, Funding funding) {
        return vnd(lines, kind, funding);
    }

    public Money usd(MoneyKind kind, Funding funding) {
        Line line = line(kind, funding);
        return line == null ? Money.zero(Money.USD) : line.usd();
    }

    /** Amounts of one kind and funding in their own currencies, one per currency. */
    public List<Money> byCurrency(MoneyKind kind, Funding funding) {
        Line line = line(kind, funding);
        return line == null ? List.of() : line.byCurrency();
    }

    /** The disbursement rate in percent, one decimal. */
    public @Nullable BigDecimal disbursementPercent() {
        return disbursementRate == null ? null
                : disbursementRate.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
    }

    private static Money vnd(List<Line> lines, MoneyKind kind, Funding funding) {
        return lines.stream().filter(l -> l.kind() == kind && l.funding() == funding).map(Line::vnd).findFirst()
                .orElse(Money.zero(Money.VND));
    }
}
