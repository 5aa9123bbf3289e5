package vn.vientro.mobilisation.plan;

import org.springframework.data.repository.ListCrudRepository;

interface ActivityRepository extends ListCrudRepository<PlanActivity, Long> {
}
