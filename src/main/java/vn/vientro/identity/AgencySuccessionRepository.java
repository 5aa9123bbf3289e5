package vn.vientro.identity;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AgencySuccessionRepository extends ListCrudRepository<AgencySuccession, Long> {

    Optional<AgencySuccession> findByPredecessorId(long predecessorId);
}
