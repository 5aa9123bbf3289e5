package vn.vientro.monitoring.report;

import org.springframework.data.repository.Repository;

/** The reports' steps: added, never changed or removed. */
interface ReportSteps extends Repository<ReportStep, Long> {

    ReportStep save(ReportStep step);
}
