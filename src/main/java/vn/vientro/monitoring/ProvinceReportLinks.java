package vn.vientro.monitoring;

import java.util.List;

/**
 * The hook through which the province's own periodic reports (DOMAIN.md §5: to the Ministry of Finance, to COMINGO)
 * are linked from the reporting duties' rules: a module that produces them (reporting) implements it, so monitoring
 * shows the links without depending on that module. Links are only those the signed-in user may open.
 */
public interface ProvinceReportLinks {

    List<Link> provinceReports();

    /** A report to open: its title's message key and its address. */
    record Link(String labelKey, String href) {
    }
}
