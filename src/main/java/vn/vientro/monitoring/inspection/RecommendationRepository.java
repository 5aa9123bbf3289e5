package vn.vientro.monitoring.inspection;

import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves recommendations; saving one at a version someone moved on fails. */
interface RecommendationRepository extends ListCrudRepository<Recommendation, Long> {
}
