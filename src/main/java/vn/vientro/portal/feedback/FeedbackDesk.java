package vn.vientro.portal.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.Actor;
import vn.vientro.portal.FeedbackPolicy;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;

/**
 * Staff's handling of community feedback: the focal point triages what arrives (accepts it, or rejects it as spam
 * or out of scope with a reason), assigns it to the agency that answers (the item's owner, the need's proposer, or
 * another), that agency drafts the answer, the focal point publishes it. Each step is refused on a stale version.
 */
@Service
public class FeedbackDesk {

    private final FeedbackRepository feedback;
    private final FeedbackQueries queries;
    private final FeedbackSubjects subjects;
    private final FeedbackPolicy policy;
    private final Agencies agencies;
    private final AidFiles files;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    FeedbackDesk(FeedbackRepository feedback, FeedbackQueries queries, FeedbackSubjects subjects,
                 FeedbackPolicy policy, Agencies agencies, AidFiles files, Clock clock) {
        this.feedback = feedback;
        this.queries = queries;
        this.subjects = subjects;
        this.policy = policy;
        this.agencies = agencies;
        this.files = files;
        this.clock = clock;
    }

    @PreAuthorize(FeedbackPolicy.LIST)
    @Transactional(readOnly = true)
    public List<FeedbackRow> list(FeedbackFilter filter) {
        return queries.list(filter, policy.assignedAgency(), today()).stream()
                .map(row -> row.named(agencyName(row.agencyId()))).toList();
    }

    @PreAuthorize(FeedbackPolicy.READ)
    @Transactional(readOnly = true)
    public FeedbackView get(long feedbackId) {
        FeedbackView found = queries.find(feedbackId, today())
                .orElseThrow(() -> new NotFoundException("feedback", feedbackId));
        return found.named(agencyName(found.agencyId()));
    }

    /** The photo sent with it, for staff who read it. */
    @PreAuthorize(FeedbackPolicy.READ)
    @Transactional(readOnly = true)
    public Optional<StoredFile> photo(long feedbackId) {
        return queries.photoFileId(feedbackId).flatMap(files::find);
    }

    /** The agency that would answer it by default: the item's owner or the need's proposer. */
    @PreAuthorize(FeedbackPolicy.READ)
    @Transactional(readOnly = true)
    public Optional<Long> answeringAgency(long feedbackId) {
        FeedbackView found = get(feedbackId);
        return subjects.answeringAgency(found.subjectKind(), found.subjectId());
    }

    /** The public page of its item or need, while it is published. */
    @PreAuthorize(FeedbackPolicy.READ)
    @Transactional(readOnly = true)
    public Optional<String> subjectUrl(long feedbackId) {
        FeedbackView found = get(feedbackId);
        return subjects.find(found.subjectKind(), found.subjectId(), PortalLanguage.VI)
                .map(subject -> subject.url(PortalLanguage.VI));
    }

    /** The agencies it may be assigned to, for the focal point's choice. */
    @PreAuthorize(FeedbackPolicy.TRIAGE)
    @Transactional(readOnly = true)
    public List<AgencyView> agencies() {
        return agencies.all().stream().filter(AgencyView::active).toList();
    }

    /** Accepts it, or rejects it as spam or out of scope with a note for the record. */
    @PreAuthorize(FeedbackPolicy.TRIAGE)
    @Transactional
    public void triage(long feedbackId, long expectedVersion, @Nullable Triage decision, @Nullable Rejection why,
                       @Nullable String note) {
        if (decision == null) {
            throw new InvalidInputException("decision", "validation.required");
        }
        if (decision == Triage.REJECT && why == null) {
            throw new InvalidInputException("rejection", "validation.required");
        }
        TextLength.require("note", note, TextLength.TEXT);
        Feedback found = load(feedbackId, expectedVersion);
        if (decision == Triage.ACCEPT) {
            found.accept(Actor.current());
        } else {
            found.reject(java.util.Objects.requireNonNull(why), blankless(note), Actor.current());
        }
        feedback.save(found);
    }

    /** Assigns it to the agency given, or to the one that answers its item or need by default. */
    @PreAuthorize(FeedbackPolicy.TRIAGE)
    @Transactional
    public void assign(long feedbackId, long expectedVersion, @Nullable Long agencyId) {
        Feedback found = load(feedbackId, expectedVersion);
        long agency = agencyId != null ? agencyId : subjects.answeringAgency(found.subjectKind(), found.subjectId())
                .orElseThrow(() -> new InvalidInputException("agencyId", "validation.required"));
        if (agencies.find(agency).filter(AgencyView::active).isEmpty()) {
            throw new InvalidInputException("agencyId", "portal.feedback.agency.unknown");
        }
        found.assign(agency, Actor.current());
        feedback.save(found);
    }

    @PreAuthorize(FeedbackPolicy.ANSWER)
    @Transactional
    public void answer(long feedbackId, long expectedVersion, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("answer", "validation.required");
        }
        TextLength.require("answer", text, TextLength.TEXT);
        Feedback found = load(feedbackId, expectedVersion);
        found.answer(text.strip(), Actor.current(), clock.instant());
        feedback.save(found);
    }

    @PreAuthorize(FeedbackPolicy.TRIAGE)
    @Transactional
    public void publish(long feedbackId, long expectedVersion) {
        Feedback found = load(feedbackId, expectedVersion);
        found.publish(Actor.current(), today());
        feedback.save(found);
    }

    private Feedback load(long feedbackId, long expectedVersion) {
        Feedback found = feedback.findById(feedbackId)
                .orElseThrow(() -> new NotFoundException("feedback", feedbackId));
        if (found.version() != expectedVersion) {
            throw new StaleVersionException("feedback", feedbackId);
        }
        return found;
    }

    private @Nullable String agencyName(@Nullable Long agencyId) {
        return agencyId == null ? null : agencies.find(agencyId).map(AgencyView::nameVi).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static @Nullable String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
