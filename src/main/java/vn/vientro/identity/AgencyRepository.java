package vn.vientro.identity;

import org.springframework.data.repository.ListCrudRepository;

interface AgencyRepository extends ListCrudRepository<Agency, Long> {
}
