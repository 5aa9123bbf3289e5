package vn.vientro.monitoring.inspection;

import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves findings with their evidence. */
interface FindingRepository extends ListCrudRepository<Finding, Long> {
}
