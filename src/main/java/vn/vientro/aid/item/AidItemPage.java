package vn.vientro.aid.item;

import java.util.List;

/** One page of the aid list and how many items match in all. */
public record AidItemPage(List<AidItemRow> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
