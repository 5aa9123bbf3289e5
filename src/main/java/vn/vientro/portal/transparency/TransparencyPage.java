package vn.vientro.portal.transparency;

import java.util.List;

/** One page of the transparency list: its items, how many the filter found, the pager's figures, the figures. */
public record TransparencyPage(List<AidCard> items, long total, int page, int pageCount, AidFigures figures) {
}
