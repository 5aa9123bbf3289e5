package vn.vientro.mobilisation.funnel;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface InterestRepository extends ListCrudRepository<Interest, Long> {

    Optional<Interest> findByNeedIdAndOrganisationId(long needId, long organisationId);
}
