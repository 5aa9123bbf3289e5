package vn.vientro.aid.results;

import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves the framework's results; saving or deleting one at a version someone else moved on fails. */
interface FrameworkResultRepository extends ListCrudRepository<FrameworkResult, Long> {
}
