package vn.vientro.reporting.official;

import vn.vientro.platform.JobProgress;

/**
 * The platform's {@link JobProgress} as the report's writers take it: the phase is a {@code reporting.jobs.phase.*}
 * name. Kept under its own name only so the writers' signatures stay as they are.
 */
@FunctionalInterface
interface ReportProgress extends JobProgress {

    ReportProgress NONE = (phase, percent) -> { };
}
