package vn.vientro.registry.opinion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.identity.AgencyView;

/**
 * One agency asked for its input on the province's opinion, with its own due date and its answer. A security agency's
 * input is confidential: its answer is kept only in its {@link SealedInput}, never in its own row, whose audit trail
 * is sealed (Law 29/2018/QH14; DOMAIN.md §10).
 */
@Table(schema = "registry", name = "permit_opinion_input")
class OpinionInput {

    @Id
    private @Nullable Long id;
    private final long agencyId;
    private final String agencyName;
    private final LocalDate askedOn;
    private final LocalDate dueOn;
    private final boolean confidential;
    private @Nullable OpinionAnswer answer;
    private @Nullable String answerText;
    private @Nullable LocalDate answeredOn;
    private @Nullable String recordedBy;
    @MappedCollection(idColumn = "input")
    private @Nullable SealedInput sealed;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    OpinionInput(@Nullable Long id, long agencyId, String agencyName, LocalDate askedOn, LocalDate dueOn,
                 boolean confidential, @Nullable OpinionAnswer answer, @Nullable String answerText,
                 @Nullable LocalDate answeredOn, @Nullable String recordedBy, @Nullable SealedInput sealed) {
        this.id = id;
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.askedOn = askedOn;
        this.dueOn = dueOn;
        this.confidential = confidential;
        this.answer = answer;
        this.answerText = answerText;
        this.answeredOn = answeredOn;
        this.recordedBy = recordedBy;
        this.sealed = sealed;
    }

    /** Asks an agency; a security agency's input is confidential from the start. */
    static OpinionInput ask(AgencyView agency, LocalDate askedOn, LocalDate dueOn) {
        return new OpinionInput(null, agency.id(), agency.nameVi(), askedOn, dueOn,
                agency.kind().givesSecurityOpinions(), null, null, null, null, null);
    }

    void answer(OpinionAnswer given, @Nullable String text, LocalDate on, String by) {
        if (confidential) {
            this.sealed = new SealedInput(given, text);
        } else {
            this.answer = given;
            this.answerText = text;
        }
        this.answeredOn = on;
        this.recordedBy = by;
    }

    boolean is(long inputId) {
        return id != null && id == inputId;
    }

    long agencyId() {
        return agencyId;
    }

    boolean confidential() {
        return confidential;
    }
}
