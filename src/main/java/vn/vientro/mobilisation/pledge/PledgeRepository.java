package vn.vientro.mobilisation.pledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PledgeRepository extends ListCrudRepository<Pledge, Long> {

    Optional<Pledge> findByAidItemId(long aidItemId);

    List<Pledge> findByNeedId(long needId);
}
