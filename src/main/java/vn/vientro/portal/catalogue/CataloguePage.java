package vn.vientro.portal.catalogue;

import java.util.List;

/** One page of the public catalogue: its needs, how many the filter found, and the pager's figures. */
public record CataloguePage(List<NeedCard> needs, long total, int page, int pageCount) {
}
