package vn.vientro.mobilisation.need;

import java.util.List;

/** One page of the list, with the total count. */
public record NeedPage(List<NeedRow> rows, long total, int page, int pageSize) {

    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / pageSize);
    }
}
