package vn.vientro.monitoring.inspection;

import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves inspections with their team and checklist; saving one at a version someone moved on fails. */
interface InspectionRepository extends ListCrudRepository<Inspection, Long> {
}
