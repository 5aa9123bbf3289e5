package vn.vientro.reference.calendar;

import org.springframework.data.repository.ListCrudRepository;

interface DayOverrideRepository extends ListCrudRepository<DayOverride, Long> {
}
