package vn.vientro.portal.feedback;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** That a feedback's overdue notice was sent for its due date: written once, never changed (so no version). */
@Table(schema = "portal", name = "feedback_overdue_notice")
class OverdueNotice {

    @Id
    private @Nullable Long id;
    private final long feedbackId;
    private final LocalDate dueOn;

    @PersistenceCreator
    OverdueNotice(@Nullable Long id, long feedbackId, LocalDate dueOn) {
        this.id = id;
        this.feedbackId = feedbackId;
        this.dueOn = dueOn;
    }

    static OverdueNotice sent(long feedbackId, LocalDate dueOn) {
        return new OverdueNotice(null, feedbackId, dueOn);
    }
}
