package vn.vientro.mobilisation.pledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.ItemFunding;

/**
 * Pledges with the money they brought: promised, committed and disbursed in VND, in all, by year pledged and by need.
 * A withdrawn pledge is listed and counts for nothing.
 */
public record PledgeBook(List<PledgeRow> rows, PledgedMoney total, List<PledgedMoney> byYear,
                         List<PledgedMoney> byNeed) {

    static PledgeBook of(List<PledgeRow> rows, Map<Long, ItemFunding> items) {
        List<PledgeRow> counted = rows.stream().filter(row -> row.state() != PledgeState.WITHDRAWN).toList();
        return new PledgeBook(rows, sum("", null, counted, items),
                grouped(counted, items, row -> new Group(Integer.toString(row.pledgedOn().getYear()), null)),
                grouped(counted, items, row -> new Group(row.needTitle(), row.needId())));
    }

    /** A line of the totals: a year, or a need (two needs of the same title stay two lines). */
    private record Group(String label, @Nullable Long needId) {
    }

    private static List<PledgedMoney> grouped(List<PledgeRow> rows, Map<Long, ItemFunding> items,
                                              Function<PledgeRow, Group> groupOf) {
        Map<Group, List<PledgeRow>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(groupOf.apply(row), group -> new ArrayList<>()).add(row));
        return groups.entrySet().stream().map(group -> sum(group.getKey().label(), group.getKey().needId(),
                group.getValue(), items)).toList();
    }

    private static PledgedMoney sum(String label, @Nullable Long needId, List<PledgeRow> rows, Map<Long, ItemFunding> items) {
        BigDecimal pledged = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (PledgeRow row : rows) {
            pledged = pledged.add(row.amountVnd().amount());
            @Nullable ItemFunding item = row.aidItemId() == null ? null : items.get(row.aidItemId());
            if (item != null) {
                committed = committed.add(item.committedVnd());
                disbursed = disbursed.add(item.disbursedVnd());
            }
        }
        return PledgedMoney.of(label, needId, pledged, committed, disbursed);
    }
}
