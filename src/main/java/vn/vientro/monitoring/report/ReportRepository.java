package vn.vientro.monitoring.report;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves the reports; saving one at a version someone else moved on fails. */
interface ReportRepository extends ListCrudRepository<Report, Long> {

    Optional<Report> findByDutyId(long dutyId);
}
