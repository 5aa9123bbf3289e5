package vn.vientro.aid.money;

import org.jspecify.annotations.Nullable;

/**
 * Which money a split sums: one kind, optionally one funding, a range of value-date years, one item, or only the items
 * an agency is involved in (owner, governing agency, partner, consulted).
 */
public record MoneyFilter(MoneyKind kind, @Nullable Funding funding, @Nullable Integer fromYear,
                          @Nullable Integer toYear, @Nullable Long itemId, @Nullable Long agencyId) {

    public static MoneyFilter of(MoneyKind kind) {
        return new MoneyFilter(kind, null, null, null, null, null);
    }

    public MoneyFilter forItem(long id) {
        return new MoneyFilter(kind, funding, fromYear, toYear, id, agencyId);
    }

    public MoneyFilter forAgency(@Nullable Long agency) {
        return new MoneyFilter(kind, funding, fromYear, toYear, itemId, agency);
    }
}
