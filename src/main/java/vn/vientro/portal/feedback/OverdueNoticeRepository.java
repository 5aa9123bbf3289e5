package vn.vientro.portal.feedback;

import java.time.LocalDate;
import org.springframework.data.repository.Repository;

/** The overdue notices sent: only added to. */
interface OverdueNoticeRepository extends Repository<OverdueNotice, Long> {

    OverdueNotice save(OverdueNotice notice);

    boolean existsByFeedbackIdAndDueOn(long feedbackId, LocalDate dueOn);
}
