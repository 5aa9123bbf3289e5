package vn.vientro.registry.contact;

import java.util.List;

/** One page of the contact list. */
public record ContactPage(List<ContactView> rows, long total, int page, int pageSize) {

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public long lastPage() {
        return Math.max(0, (total - 1) / pageSize);
    }
}
