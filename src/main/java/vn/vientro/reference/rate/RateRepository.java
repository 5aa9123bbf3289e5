package vn.vientro.reference.rate;

import org.springframework.data.repository.ListCrudRepository;

public interface RateRepository extends ListCrudRepository<Rate, Long> {
}
