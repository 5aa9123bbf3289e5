package vn.vientro.reporting.pivot;

import org.springframework.data.repository.ListCrudRepository;

interface SavedPivotRepository extends ListCrudRepository<SavedPivot, Long> {
}
