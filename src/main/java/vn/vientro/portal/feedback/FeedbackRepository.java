package vn.vientro.portal.feedback;

import org.springframework.data.repository.ListCrudRepository;

interface FeedbackRepository extends ListCrudRepository<Feedback, Long> {

    boolean existsByCode(String code);
}
