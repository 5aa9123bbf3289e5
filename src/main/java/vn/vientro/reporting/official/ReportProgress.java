package vn.vientro.reporting.official;

/** Told how far a report's file has come: the phase (a {@code reporting.jobs.phase.*} name) and a percentage. */
@FunctionalInterface
interface ReportProgress {

    ReportProgress NONE = (phase, percent) -> { };

    void at(String phase, int percent);
}
