package vn.vientro.aid.money;

import java.util.List;
import vn.vientro.shared.Money;

/** One figure of the money tab: a kind of aid money in VND and USD, with its amounts per original currency. */
public record MoneyCard(MoneyKind kind, Money vnd, Money usd, List<Money> byCurrency) {

    /** Whether the amounts per currency say more than the VND and USD lines (not a lone VND or USD amount). */
    public boolean showsOriginals() {
        return byCurrency.size() > 1 || (byCurrency.size() == 1 && !Money.VND.equals(byCurrency.get(0).currency())
                && !Money.USD.equals(byCurrency.get(0).currency()));
    }

    static List<MoneyCard> aidCards(MoneyTotals totals) {
        return java.util.Arrays.stream(MoneyKind.values())
                .map(kind -> new MoneyCard(kind, totals.vnd(kind, Funding.AID), totals.usd(kind, Funding.AID),
                        totals.byCurrency(kind, Funding.AID)))
                .toList();
    }
}
