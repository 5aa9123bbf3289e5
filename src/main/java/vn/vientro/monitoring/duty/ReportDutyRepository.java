package vn.vientro.monitoring.duty;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves the generated duties; saving one at a version someone else moved on fails. */
interface ReportDutyRepository extends ListCrudRepository<ReportDuty, Long> {

    List<ReportDuty> findByAidItemId(long aidItemId);
}
