package vn.vientro.registry.opinion;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.platform.PublishingAggregate;
import vn.vientro.identity.AgencyView;
import vn.vientro.registry.PermitOpinionConcluded;
import vn.vientro.registry.PermitOpinionInputGiven;
import vn.vientro.registry.PermitOpinionInputRequested;
import vn.vientro.registry.PermitOpinionOpened;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;

/**
 * The province's opinion on an NGO's application for a registration paper (Decree 58/2022 Art. 11, 16, 17): the
 * ministry's request, the agencies asked for input with their answers, and the reply sent, which closes it. What
 * happens to it is published as events when it is saved: listeners tell the asked agencies after the commit.
 */
@Table(schema = "registry", name = "permit_opinion")
class PermitOpinion extends PublishingAggregate {

    private static final Set<String> APPLICATIONS = Set.of("NEW", "EXTENSION", "AMENDMENT");

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final long organisation;
    private final String application;
    private final String ministryReference;
    private final LocalDate receivedOn;
    private final LocalDate dueOn;
    private OpinionStatus status;
    private @Nullable OpinionAnswer conclusion;
    private @Nullable String conclusionText;
    private @Nullable String replyReference;
    private @Nullable LocalDate sentOn;
    @MappedCollection(idColumn = "opinion")
    private final Set<OpinionInput> inputs;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    PermitOpinion(@Nullable Long id, @Nullable Long version, long organisation, String application,
                  String ministryReference, LocalDate receivedOn, LocalDate dueOn, OpinionStatus status,
                  @Nullable OpinionAnswer conclusion, @Nullable String conclusionText,
                  @Nullable String replyReference, @Nullable LocalDate sentOn, Set<OpinionInput> inputs) {
        this.id = id;
        this.version = version;
        this.organisation = organisation;
        this.application = application;
        this.ministryReference = ministryReference;
        this.receivedOn = receivedOn;
        this.dueOn = dueOn;
        this.status = status;
        this.conclusion = conclusion;
        this.conclusionText = conclusionText;
        this.replyReference = replyReference;
        this.sentOn = sentOn;
        this.inputs = new HashSet<>(inputs);
    }

    /** The ministry's request, received on {@code receivedOn} (not later than today); the reply is due by law. */
    static PermitOpinion open(long organisation, String application, String ministryReference,
                              @Nullable LocalDate receivedOn, LocalDate today, UnaryOperator<LocalDate> replyDue) {
        if (!APPLICATIONS.contains(application)) {
            throw new InvalidInputException("application", "registry.opinion.application.required");
        }
        if (ministryReference.isBlank()) {
            throw new InvalidInputException("ministryReference", "registry.opinion.reference.required");
        }
        if (receivedOn == null || receivedOn.isAfter(today)) {
            throw new InvalidInputException("receivedOn", "registry.opinion.receivedOn.invalid");
        }
        LocalDate due = replyDue.apply(receivedOn);
        PermitOpinion opinion = new PermitOpinion(null, null, organisation, application, ministryReference.trim(),
                receivedOn, due, OpinionStatus.OPEN, null, null, null, null, Set.of());
        opinion.publish(id -> new PermitOpinionOpened(id, organisation, due));
        return opinion;
    }

    /** Asks agencies for their input, each due on {@code due}; an agency asked before is not asked again. */
    void ask(List<Long> agencyIds, LongFunction<AgencyView> agencies, LocalDate askedOn, LocalDate due) {
        requireOpen();
        if (agencyIds.isEmpty()) {
            throw new InvalidInputException("agencyIds", "registry.opinion.agencies.required");
        }
        for (long agencyId : agencyIds) {
            AgencyView agency = agencies.apply(agencyId);
            if (inputs.stream().noneMatch(input -> input.agencyId() == agencyId)) {
                OpinionInput input = OpinionInput.ask(agency, askedOn, due);
                inputs.add(input);
                publish(id -> new PermitOpinionInputRequested(id, agencyId, due, input.confidential()));
            }
        }
    }

    /** Records an agency's answer; anything but plain agreement states its conditions or reasons. */
    void answer(long inputId, @Nullable OpinionAnswer answer, String text, LocalDate on, String by) {
        requireOpen();
        OpinionInput input = inputs.stream().filter(candidate -> candidate.is(inputId)).findFirst()
                .orElseThrow(() -> new NotFoundException("opinion input", inputId));
        if (answer == null) {
            throw new InvalidInputException("answer", "registry.opinion.answer.required");
        }
        if (answer != OpinionAnswer.AGREE && text.isBlank()) {
            throw new InvalidInputException("answerText", "registry.opinion.answerText.required");
        }
        input.answer(answer, text.isBlank() ? null : text.trim(), on, by);
        publish(id -> new PermitOpinionInputGiven(id, inputId, input.agencyId(), by));
    }

    /** The province's reply was sent: the opinion closes with its conclusion. */
    void conclude(@Nullable OpinionAnswer conclusion, String text, String replyReference, @Nullable LocalDate sentOn) {
        requireOpen();
        if (conclusion == null) {
            throw new InvalidInputException("conclusion", "registry.opinion.conclusion.required");
        }
        if (replyReference.isBlank()) {
            throw new InvalidInputException("replyReference", "registry.opinion.replyReference.required");
        }
        if (sentOn == null) {
            throw new InvalidInputException("sentOn", "registry.opinion.sentOn.required");
        }
        this.status = OpinionStatus.ANSWERED;
        this.conclusion = conclusion;
        this.conclusionText = text.isBlank() ? null : text.trim();
        this.replyReference = replyReference.trim();
        this.sentOn = sentOn;
        publish(id -> new PermitOpinionConcluded(id, organisation));
    }

    private void requireOpen() {
        if (status != OpinionStatus.OPEN) {
            throw new InvalidInputException("status", "registry.opinion.closed");
        }
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    @Nullable Long version() {
        return version;
    }
}
