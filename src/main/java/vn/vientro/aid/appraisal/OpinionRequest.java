package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.platform.PublishingAggregate;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.OpinionAnswered;
import vn.vientro.aid.OpinionOverdue;
import vn.vientro.aid.OpinionRequested;
import vn.vientro.identity.AgencyView;
import vn.vientro.shared.BusinessRuleException;

/**
 * A request for an agency's opinion (Decree 80/2020 Art. 10): asked in a letter, then answered or withdrawn, once.
 * A confidential (security) request keeps its question and answer only in its {@link SealedOpinion}, never in its
 * own row, whose audit trail administrators read (Law 29/2018/QH14; DOMAIN.md §10). What happens to it is published
 * when it is saved.
 */
@Table(schema = "aid", name = "opinion_request")
class OpinionRequest extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    @Column("aid_item")
    private long itemId;
    private long agencyId;
    private String agencyName;
    private OpinionTopic topic;
    private boolean confidential;
    private @Nullable String question;
    private LocalDate askedOn;
    private LocalDate dueOn;
    private String askedBy;
    private @Nullable OpinionAnswer answer;
    private @Nullable String answerText;
    private @Nullable Long answerFileId;
    private @Nullable LocalDate answeredOn;
    private @Nullable String answeredBy;
    private @Nullable LocalDate overdueNoticedOn;
    private @Nullable LocalDate withdrawnOn;
    private @Nullable String withdrawnBy;
    @MappedCollection(idColumn = "opinion_request")
    private @Nullable SealedOpinion sealed;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    OpinionRequest(@Nullable Long id, @Nullable Long version, long itemId, long agencyId, String agencyName,
                   OpinionTopic topic, boolean confidential, LocalDate askedOn, LocalDate dueOn, String askedBy,
                   @Nullable SealedOpinion sealed) {
        this.id = id;
        this.version = version;
        this.itemId = itemId;
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.topic = topic;
        this.confidential = confidential;
        this.askedOn = askedOn;
        this.dueOn = dueOn;
        this.askedBy = askedBy;
        this.sealed = sealed;
    }

    /** Asks an agency in a letter; a confidential topic's question goes into the sealed part. */
    static OpinionRequest ask(long itemId, AgencyView agency, OpinionTopic topic, @Nullable String question,
                              Letter letter) {
        boolean sealedTopic = topic.confidential();
        OpinionRequest request = new OpinionRequest(null, null, itemId, agency.id(), agency.nameVi(), topic,
                sealedTopic, letter.sentOn(), letter.dueOn(), letter.sentBy(),
                sealedTopic ? SealedOpinion.asking(question) : null);
        request.question = sealedTopic ? null : question;
        request.publish(id -> new OpinionRequested(itemId, id, agency.id(), sealedTopic));
        return request;
    }

    /**
     * Records the agency's answer, by its staff or by the appraisal lead from the written reply; a confidential one
     * only in the sealed part.
     */
    void answer(OpinionAnswer given, @Nullable String text, @Nullable Long fileId, LocalDate on, String by) {
        requireOpen();
        if (confidential) {
            sealed = (sealed == null ? SealedOpinion.asking(null) : sealed).answered(given, text, fileId);
        } else {
            answer = given;
            answerText = text;
            answerFileId = fileId;
        }
        answeredOn = on;
        answeredBy = by;
        publish(id -> new OpinionAnswered(itemId, id, confidential, askedBy, by));
    }

    /** Withdraws a request sent by mistake: it no longer counts, and the agency may be asked again. */
    void withdraw(LocalDate on, String by) {
        requireOpen();
        withdrawnOn = on;
        withdrawnBy = by;
    }

    /**
     * Marks a request still awaited after its due date as noticed, once.
     *
     * @return whether it was newly noticed
     */
    boolean noticeOverdue(LocalDate today) {
        if (closed() || overdueNoticedOn != null || !dueOn.isBefore(today)) {
            return false;
        }
        overdueNoticedOn = today;
        publish(id -> new OpinionOverdue(itemId, id, confidential));
        return true;
    }

    /** Answered or withdrawn: nothing more may be recorded on it. */
    boolean closed() {
        return answeredOn != null || withdrawnOn != null;
    }

    private void requireOpen() {
        if (closed()) {
            throw new BusinessRuleException(AidProblem.OPINION_CLOSED, "aid.appraisal.closed", null);
        }
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    long itemId() {
        return itemId;
    }

    /** The letter asking for opinions: its date, the due date the rules give it, and who sent it. */
    record Letter(LocalDate sentOn, LocalDate dueOn, String sentBy) {
    }
}
