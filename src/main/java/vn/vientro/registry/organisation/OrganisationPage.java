package vn.vientro.registry.organisation;

import java.util.List;

/** One page of the organisation list. */
public record OrganisationPage(List<OrganisationView> rows, long total, int page, int pageSize) {

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
