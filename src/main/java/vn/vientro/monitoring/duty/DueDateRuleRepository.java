package vn.vientro.monitoring.duty;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import vn.vientro.monitoring.DutyKind;

/** Loads and saves the due-date rules; saving one at a version someone else moved on fails. */
interface DueDateRuleRepository extends ListCrudRepository<DueDateRule, Long> {

    Optional<DueDateRule> findByKind(DutyKind kind);
}
