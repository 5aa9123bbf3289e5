package vn.vientro.mobilisation;

import java.util.List;

/** One page of the public catalogue and how many needs the filter found in all. */
public record PublishedNeedPage(List<PublishedNeed> needs, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
