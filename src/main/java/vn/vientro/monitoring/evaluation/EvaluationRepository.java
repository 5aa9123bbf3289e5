package vn.vientro.monitoring.evaluation;

import org.springframework.data.repository.ListCrudRepository;

interface EvaluationRepository extends ListCrudRepository<Evaluation, Long> {
}
