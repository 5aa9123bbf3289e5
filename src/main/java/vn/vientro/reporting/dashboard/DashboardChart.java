package vn.vientro.reporting.dashboard;

import java.util.Arrays;
import java.util.Optional;

/** The dashboard's charts, each with the path its CSV download and its data go by. */
public enum DashboardChart {
    /** Committed and disbursed by year, over the ten years up to the period's end. */
    BY_YEAR("by-year"),
    BY_FIELD("by-field"),
    BY_COUNTRY("by-country"),
    /** The ten donor organisations with most committed. */
    TOP_ORGANISATIONS("top-organisations"),
    /** Catalogue needs, pledges, approved pledges. */
    PIPELINE("pipeline");

    private final String path;

    DashboardChart(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<DashboardChart> ofPath(String path) {
        return Arrays.stream(values()).filter(chart -> chart.path.equals(path)).findFirst();
    }
}
