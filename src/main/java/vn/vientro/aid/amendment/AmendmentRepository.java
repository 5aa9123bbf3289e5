package vn.vientro.aid.amendment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AmendmentRepository extends ListCrudRepository<Amendment, Long> {

    Optional<Amendment> findByIdAndItemId(long id, long itemId);

    List<Amendment> findByItemIdOrderByIdDesc(long itemId);

    Optional<Amendment> findByItemIdAndStatus(long itemId, AmendmentStatus status);
}
