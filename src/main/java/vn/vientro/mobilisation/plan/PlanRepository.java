package vn.vientro.mobilisation.plan;

import org.springframework.data.repository.ListCrudRepository;

interface PlanRepository extends ListCrudRepository<MobilisationPlan, Long> {
}
