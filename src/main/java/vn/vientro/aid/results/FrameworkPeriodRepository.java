package vn.vientro.aid.results;

import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves the framework's periods; saving or deleting one at a version someone else moved on fails. */
interface FrameworkPeriodRepository extends ListCrudRepository<FrameworkPeriod, Long> {
}
