package vn.vientro.mobilisation.funnel;

import org.springframework.data.repository.ListCrudRepository;

interface InterestRepository extends ListCrudRepository<Interest, Long> {
}
