package vn.vientro.mobilisation.catalogue;

import org.springframework.data.repository.ListCrudRepository;

interface CataloguePeriodRepository extends ListCrudRepository<CataloguePeriod, Long> {
}
