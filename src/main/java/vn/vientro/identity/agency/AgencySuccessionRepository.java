package vn.vientro.identity.agency;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AgencySuccessionRepository extends ListCrudRepository<AgencySuccession, Long> {

    Optional<AgencySuccession> findByPredecessorId(long predecessorId);
}
