package vn.vientro.portal.feedback;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface FeedbackRepository extends ListCrudRepository<Feedback, Long> {

    boolean existsByCode(String code);

    Optional<Feedback> findByCode(String code);
}
