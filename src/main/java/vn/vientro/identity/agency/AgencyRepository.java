package vn.vientro.identity.agency;

import org.springframework.data.repository.ListCrudRepository;

public interface AgencyRepository extends ListCrudRepository<Agency, Long> {
}
