package vn.vientro.aid.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.OpinionAnswered;
import vn.vientro.aid.OpinionRequested;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.aid.item.AidItemLock;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.aid.item.Involvements;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.WorkingDays;

/**
 * The appraisal's consultation (Decree 80/2020 Art. 10; DOMAIN.md §4.3): while an item is under appraisal the lead asks
 * agencies for their opinion, each due a number of working days after the letter; the agencies answer (or the lead
 * records their written reply); a request sent by mistake is withdrawn. Security opinions are confidential (§10).
 */
@Service
public class Appraisals {

    private static final int MAX_TEXT = 10_000;

    private final JdbcClient jdbc;
    private final AidPortfolio portfolio;
    private final Involvements involvements;
    private final ApplicationEventPublisher events;
    private final AidItemLock lock;
    private final Consultations consultations;
    private final OpinionRequestQueries queries;
    private final AidPolicy policy;
    private final DefaultOpinionSet defaults;
    private final ConfidentialReads reads;
    private final AidFiles files;
    private final Agencies agencies;
    private final AidRules rules;
    private final WorkingDays workingDays;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Appraisals(JdbcClient jdbc, AidPortfolio portfolio, Involvements involvements, ApplicationEventPublisher events,
               AidItemLock lock, Consultations consultations, OpinionRequestQueries queries, AidPolicy policy,
               DefaultOpinionSet defaults, ConfidentialReads reads, AidFiles files,
               Agencies agencies, AidRules rules, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.consultations = consultations;
        this.portfolio = portfolio;
        this.involvements = involvements;
        this.events = events;
        this.queries = queries;
        this.policy = policy;
        this.defaults = defaults;
        this.reads = reads;
        this.files = files;
        this.agencies = agencies;
        this.rules = rules;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The item's requests the user may see (none of the confidential ones unless they may read them). */
    @PreAuthorize(AidPolicy.READ)
    @Transactional
    public List<OpinionRequestView> opinions(long itemId, ReadChannel channel) {
        AidItemRecord item = portfolio.get(itemId).item();
        List<OpinionRequestView> visible = queries.ofItem(itemId, policy.readsSecurityOpinions(),
                policy.readsAllOpinionsOf(item), agency());
        reads.record(visible, channel);
        return visible;
    }

    /** The agencies normally asked for this item that have not been asked yet. */
    @PreAuthorize(AidPolicy.ASK_OPINIONS)
    @Transactional(readOnly = true)
    public List<ProposedRequest> proposal(long itemId) {
        AidItemRecord item = portfolio.get(itemId).item();
        List<OpinionRequestQueries.AskedAgency> asked = queries.asked(itemId);
        return defaults.propose(item, agency()).stream()
                .filter(p -> asked.stream().noneMatch(a -> a.agencyId() == p.agencyId() && a.topic() == p.topic()))
                .toList();
    }

    /** Asks agencies for their opinion in a letter dated {@code askedOn} (today when absent); returns the new ids. */
    @PreAuthorize(AidPolicy.ASK_OPINIONS)
    @Transactional
    public List<Long> request(long itemId, @Nullable LocalDate askedOn, List<NewOpinionRequest> requests) {
        lock.hold(itemId);
        AidItemRecord item = portfolio.get(itemId).item();
        requireUnderAppraisal(item);
        LocalDate today = LocalDate.now(clock);
        LocalDate asked = askedOn == null ? today : askedOn;
        if (asked.isAfter(today)) {
            throw new InvalidInputException("askedOn", "aid.appraisal.askedOn.future");
        }
        if (requests.isEmpty()) {
            throw new InvalidInputException("agencyId", "aid.appraisal.agencies.required");
        }
        LocalDate due = rules.opinion().dueFrom(asked, workingDays);
        List<Long> ids = new ArrayList<>();
        for (NewOpinionRequest request : requests) {
            ids.add(ask(item, request, asked, due));
        }
        return ids;
    }

    private long ask(AidItemRecord item, NewOpinionRequest request, LocalDate askedOn, LocalDate due) {
        AgencyView agency = agencies.find(request.agencyId()).filter(AgencyView::active)
                .orElseThrow(() -> new InvalidInputException("agencyId", "aid.appraisal.agency.unknown"));
        OpinionTopic topic = request.topic() == null ? OpinionTopic.usualFor(agency) : request.topic();
        String question = trimmed(request.question(), "question");
        boolean taken = jdbc.sql("select exists (select 1 from aid.opinion_request where aid_item = :item "
                        + "and agency_id = :agency and topic = :topic and withdrawn_on is null)")
                .param("item", item.id()).param("agency", agency.id()).param("topic", topic.name())
                .query(Boolean.class).single();
        if (taken) {
            throw new BusinessRuleException(AidProblem.OPINION_ALREADY_ASKED, "aid.appraisal.alreadyAsked", "agencyId",
                    agency.nameVi());
        }
        long id = jdbc.sql("""
                insert into aid.opinion_request (aid_item, agency_id, agency_name, topic, confidential, question,
                                                 asked_on, due_on, asked_by)
                values (:item, :agency, :name, :topic, :confidential, :question, :asked, :due, :by) returning id
                """).param("item", item.id()).param("agency", agency.id()).param("name", agency.nameVi())
                .param("topic", topic.name()).param("confidential", topic.confidential())
                .param("question", topic.confidential() ? null : question).param("asked", askedOn)
                .param("due", due).param("by", Actor.current()).query(Long.class).single();
        if (topic.confidential()) {
            jdbc.sql("insert into aid.sealed_opinion (opinion_request, question) values (:id, :question)")
                    .param("id", id).param("question", question).update();
        } else {
            // Police staff who may read security opinions read every item already; no one else is let in by one.
            involvements.involve(item.id(), agency.id(), Involvements.Involvement.CONSULTED);
        }
        events.publishEvent(new OpinionRequested(item.id(), id, agency.id(), topic.confidential()));
        return id;
    }

    /** Withdraws a request not yet answered; it no longer counts and the agency may be asked again. */
    @PreAuthorize(AidPolicy.ASK_OPINIONS)
    @Transactional
    public void withdraw(long itemId, long opinionId) {
        // a request made meanwhile must not lose the access a withdrawal takes away: the two take turns
        lock.hold(itemId);
        OpinionRequestView opinion = visible(portfolio.get(itemId).item(), opinionId);
        if (!opinion.pending()) {
            throw new BusinessRuleException(AidProblem.OPINION_CLOSED, "aid.appraisal.closed", null);
        }
        int changed = jdbc.sql("""
                update aid.opinion_request set withdrawn_on = :today, withdrawn_by = :by, version = version + 1
                 where id = :id and answered_on is null and withdrawn_on is null
                """).param("today", LocalDate.now(clock)).param("by", Actor.current()).param("id", opinionId)
                .update();
        if (changed == 0) {
            throw new BusinessRuleException(AidProblem.OPINION_CLOSED, "aid.appraisal.closed", null);
        }
        consultations.endUnasked(itemId);
    }

    /** The request as its answer form shows it, to those who may answer it. */
    @PreAuthorize(AidPolicy.ANSWER)
    @Transactional
    public OpinionRequestView toAnswer(long itemId, long opinionId) {
        OpinionRequestView opinion = visible(portfolio.get(itemId).item(), opinionId);
        if (!opinion.pending()) {
            throw new BusinessRuleException(AidProblem.OPINION_CLOSED, "aid.appraisal.closed", null);
        }
        reads.record(List.of(opinion), ReadChannel.ANSWER_FORM);
        return opinion;
    }

    /** Records an agency's answer: by its own staff, or by the appraisal lead from the written reply. */
    @PreAuthorize(AidPolicy.ANSWER)
    @Transactional
    public OpinionRequestView answer(long itemId, long opinionId, OpinionReply reply) {
        return answer(itemId, opinionId, reply, null);
    }

    /**
     * Records an answer with the written reply attached. Only uploaded bytes are taken, never the id of a file kept
     * elsewhere, which could be someone else's. A security reply is kept under a neutral name: file names enter the
     * audit trail.
     */
    @PreAuthorize(AidPolicy.ANSWER)
    @Transactional
    public OpinionRequestView answer(long itemId, long opinionId, OpinionReply reply,
                                     @Nullable OpinionAttachment attachment) {
        OpinionRequestView opinion = visible(portfolio.get(itemId).item(), opinionId);
        if (!opinion.pending()) {
            throw new BusinessRuleException(AidProblem.OPINION_CLOSED, "aid.appraisal.closed", null);
        }
        LocalDate answeredOn = checkReply(reply, opinion);
        String given = java.util.Objects.requireNonNull(reply.answer()).name();
        String text = trimmed(reply.answerText(), "answerText");
        Long fileId = attachment == null ? null : files.store(opinion.confidential()
                ? "y-kien-" + opinionId + extension(attachment.fileName()) : attachment.fileName(),
                attachment.content()).id();
        int changed = jdbc.sql("""
                update aid.opinion_request
                   set answer = :answer, answer_text = :text, answer_file_id = :file, answered_on = :on,
                       answered_by = :by, version = version + 1
                 where id = :id and answered_on is null and withdrawn_on is null
                """).param("answer", opinion.confidential() ? null : given)
                .param("text", opinion.confidential() ? null : text)
                .param("file", opinion.confidential() ? null : fileId, java.sql.Types.BIGINT).param("on", answeredOn)
                .param("by", Actor.current()).param("id", opinionId).update();
        if (changed == 0) {
            throw new BusinessRuleException(AidProblem.OPINION_CLOSED, "aid.appraisal.closed", null);
        }
        if (opinion.confidential()) {
            jdbc.sql("""
                    insert into aid.sealed_opinion (opinion_request, answer, answer_text, answer_file_id)
                    values (:id, :answer, :text, :file)
                    on conflict (opinion_request) do update set answer = excluded.answer,
                           answer_text = excluded.answer_text, answer_file_id = excluded.answer_file_id
                    """).param("id", opinionId).param("answer", given).param("text", text)
                    .param("file", fileId, java.sql.Types.BIGINT).update();
        }
        events.publishEvent(new OpinionAnswered(itemId, opinionId, opinion.confidential(), opinion.askedBy(),
                Actor.current()));
        return queries.find(itemId, opinionId, policy.readsSecurityOpinions()).orElseThrow();
    }

    /** The file attached to an answer, to those who may read the answer; a confidential one's read is recorded. */
    @PreAuthorize(AidPolicy.READ)
    @Transactional
    public AnswerFile answerFile(long itemId, long opinionId, ReadChannel channel) {
        OpinionRequestView opinion = visible(portfolio.get(itemId).item(), opinionId);
        if (opinion.answerFileId() == null) {
            throw new NotFoundException("answer file", opinionId);
        }
        StoredFile file = files.find(opinion.answerFileId()).orElseThrow(
                () -> new NotFoundException("answer file", opinionId));
        reads.record(List.of(opinion), channel);
        return new AnswerFile(file, "y-kien-" + opinionId + "." + file.type().extension());
    }

    /** The requests asked of the user's agency (their inbox); none for a user who does not answer for an agency. */
    @PreAuthorize(AidPolicy.LIST)
    @Transactional
    public List<OpinionRequestView> toGive(ReadChannel channel) {
        if (!policy.givesOpinions()) {
            return List.of();
        }
        List<OpinionRequestView> mine = queries.ofAgency(agency(), policy.readsSecurityOpinions(), 500);
        reads.record(mine, channel);
        return mine;
    }

    /** How many opinions the user's agency still has to give, and how many are overdue (no content: not a read). */
    @PreAuthorize(AidPolicy.LIST)
    @Transactional(readOnly = true)
    public OpinionRequestQueries.Figure pendingFigure() {
        return policy.givesOpinions() ? queries.pendingOf(agency(), policy.readsSecurityOpinions())
                : new OpinionRequestQueries.Figure(0, 0);
    }

    /**
     * A request the caller may see. A confidential one is reported as not found to anyone who may not read it, so its
     * existence is not given away; any other that is not theirs to see is refused.
     */
    private OpinionRequestView visible(AidItemRecord item, long opinionId) {
        boolean secrets = policy.readsSecurityOpinions();
        OpinionRequestView opinion = queries.find(item.id(), opinionId, secrets)
                .filter(found -> !found.confidential() || secrets)
                .orElseThrow(() -> new NotFoundException("opinion request", opinionId));
        if (!policy.mayReadOpinion(opinion.facts(), item)) {
            throw new AccessDeniedException("opinion request " + opinionId + " is not the caller's");
        }
        return opinion;
    }

    private LocalDate checkReply(OpinionReply reply, OpinionRequestView opinion) {
        if (reply.answer() == null) {
            throw new InvalidInputException("answer", "aid.appraisal.answer.required");
        }
        if (reply.answer() != OpinionAnswer.AGREE && (reply.answerText() == null || reply.answerText().isBlank())) {
            throw new InvalidInputException("answerText", "aid.appraisal.answerText.required");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = reply.answeredOn() == null ? today : reply.answeredOn();
        if (on.isAfter(today) || on.isBefore(opinion.askedOn())) {
            throw new InvalidInputException("answeredOn", "aid.appraisal.answeredOn.range");
        }
        return on;
    }

    /** ".pdf" from "Công văn trả lời.PDF"; nothing when the name has no plain extension. */
    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return extension.matches("\\.[a-z0-9]{1,5}") ? extension : "";
    }

    /** The user's agency; none (-1) matches no request. */
    private static long agency() {
        return CurrentUser.agency().orElse(-1);
    }

    private static void requireUnderAppraisal(AidItemRecord item) {
        if (item.status() != AidStatus.UNDER_APPRAISAL) {
            throw new BusinessRuleException(AidProblem.APPRAISAL_NOT_OPEN, "aid.appraisal.notOpen", null);
        }
    }

    private static @Nullable String trimmed(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "aid.appraisal.text.tooLong", MAX_TEXT);
        }
        return text.strip();
    }
}
