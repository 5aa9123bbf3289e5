package vn.vientro.aid.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.aid.item.AidItemLock;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.aid.item.Involvements;
import vn.vientro.audit.ReadChannel;
import vn.vientro.audit.SealedReads;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.WorkingDays;

/**
 * The appraisal's consultation (Decree 80/2020 Art. 10; DOMAIN.md §4.3): while an item is under appraisal the lead asks
 * agencies for their opinion, each due a number of working days after the letter; the agencies answer (or the lead
 * records their written reply); a request sent by mistake is withdrawn. Security opinions are confidential (§10).
 */
@Service
public class Appraisals {

    private static final int MAX_TEXT = 10_000;

    private final OpinionRequestRepository opinionRequests;
    private final AidPortfolio portfolio;
    private final Involvements involvements;
    private final AidItemLock lock;
    private final Consultations consultations;
    private final OpinionRequestQueries queries;
    private final AidPolicy policy;
    private final DefaultOpinionSet defaults;
    private final SealedReads reads;
    private final AidFiles files;
    private final Agencies agencies;
    private final AidRules rules;
    private final WorkingDays workingDays;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Appraisals(OpinionRequestRepository opinionRequests, AidPortfolio portfolio, Involvements involvements,
               AidItemLock lock, Consultations consultations, OpinionRequestQueries queries, AidPolicy policy,
               DefaultOpinionSet defaults, SealedReads reads, AidFiles files, Agencies agencies, AidRules rules,
               WorkingDays workingDays, Clock clock) {
        this.opinionRequests = opinionRequests;
        this.lock = lock;
        this.consultations = consultations;
        this.portfolio = portfolio;
        this.involvements = involvements;
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
        recordReads(visible, channel);
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
        OpinionRequest.Letter letter = new OpinionRequest.Letter(asked, rules.opinion().dueFrom(asked, workingDays),
                Actor.current());
        List<Long> ids = new ArrayList<>();
        for (NewOpinionRequest request : requests) {
            ids.add(ask(item, request, letter));
        }
        return ids;
    }

    private long ask(AidItemRecord item, NewOpinionRequest request, OpinionRequest.Letter letter) {
        AgencyView agency = agencies.find(request.agencyId()).filter(AgencyView::active)
                .orElseThrow(() -> new InvalidInputException("agencyId", "aid.appraisal.agency.unknown"));
        OpinionTopic topic = request.topic() == null ? OpinionTopic.usualFor(agency) : request.topic();
        String question = trimmed(request.question(), "question");
        if (queries.asked(item.id()).contains(new OpinionRequestQueries.AskedAgency(agency.id(), topic))) {
            throw new BusinessRuleException(AidProblem.OPINION_ALREADY_ASKED, "aid.appraisal.alreadyAsked", "agencyId",
                    agency.nameVi());
        }
        OpinionRequest asked = opinionRequests.save(OpinionRequest.ask(item.id(), agency, topic, question, letter));
        if (!topic.confidential()) {
            // Police staff who may read security opinions read every item already; no one else is let in by one.
            involvements.involve(item.id(), agency.id(), Involvements.Involvement.CONSULTED);
        }
        return java.util.Objects.requireNonNull(asked.id());
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
        OpinionRequest request = load(opinionId);
        request.withdraw(LocalDate.now(clock), Actor.current());
        save(request);
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
        recordReads(List.of(opinion), ReadChannel.ANSWER_FORM);
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
     * elsewhere, which could be someone else's. A security reply is kept sealed, under a neutral name.
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
        OpinionAnswer given = java.util.Objects.requireNonNull(reply.answer());
        String text = trimmed(reply.answerText(), "answerText");
        Long fileId = attachment == null ? null : opinion.confidential()
                ? files.storeSealed("y-kien-" + opinionId + extension(attachment.fileName()), attachment.content()).id()
                : files.store(attachment.fileName(), attachment.content()).id();
        OpinionRequest request = load(opinionId);
        request.answer(given, text, fileId, answeredOn, Actor.current());
        save(request);
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
        recordReads(List.of(opinion), channel);
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
        recordReads(mine, channel);
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

    /** The confidential ones among the opinions just read are recorded in the audit trail (DOMAIN.md §10). */
    private void recordReads(List<OpinionRequestView> read, ReadChannel channel) {
        reads.record("aid.opinion_request", read.stream().filter(OpinionRequestView::confidential)
                .map(OpinionRequestView::id).toList(), channel);
    }

    private OpinionRequest load(long opinionId) {
        return opinionRequests.findById(opinionId)
                .orElseThrow(() -> new NotFoundException("opinion request", opinionId));
    }

    /**
     * Saves an answer or a withdrawal. Losing the race to another one (the row's version moved on) closes the request
     * for this caller as checking it first would have; any other change since it was read asks them to reload.
     */
    private void save(OpinionRequest request) {
        long id = java.util.Objects.requireNonNull(request.id());
        try {
            opinionRequests.save(request);
        } catch (OptimisticLockingFailureException e) {
            if (opinionRequests.findById(id).map(OpinionRequest::closed).orElse(true)) {
                throw new BusinessRuleException(AidProblem.OPINION_CLOSED, "aid.appraisal.closed", null);
            }
            throw new StaleVersionException("opinion request", id);
        }
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
