package vn.vientro.registry.opinion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** One agency asked for its input on the province's opinion, with its own due date and its answer. */
@Table(schema = "registry", name = "permit_opinion_input")
class OpinionInput {

    @Id
    private @Nullable Long id;
    private final long agencyId;
    private final String agencyName;
    private final LocalDate askedOn;
    private final LocalDate dueOn;
    private @Nullable OpinionAnswer answer;
    private @Nullable String answerText;
    private @Nullable LocalDate answeredOn;
    private @Nullable String recordedBy;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    OpinionInput(@Nullable Long id, long agencyId, String agencyName, LocalDate askedOn, LocalDate dueOn,
                 @Nullable OpinionAnswer answer, @Nullable String answerText, @Nullable LocalDate answeredOn,
                 @Nullable String recordedBy) {
        this.id = id;
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.askedOn = askedOn;
        this.dueOn = dueOn;
        this.answer = answer;
        this.answerText = answerText;
        this.answeredOn = answeredOn;
        this.recordedBy = recordedBy;
    }

    static OpinionInput ask(long agencyId, String agencyName, LocalDate askedOn, LocalDate dueOn) {
        return new OpinionInput(null, agencyId, agencyName, askedOn, dueOn, null, null, null, null);
    }

    void answer(OpinionAnswer answer, @Nullable String text, LocalDate on, String by) {
        this.answer = answer;
        this.answerText = text;
        this.answeredOn = on;
        this.recordedBy = by;
    }

    boolean is(long inputId) {
        return id != null && id == inputId;
    }

    long agencyId() {
        return agencyId;
    }
}
