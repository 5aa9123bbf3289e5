package vn.vientro.registry.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.audit.ReadChannel;
import vn.vientro.audit.SealedReads;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.registry.organisation.OrganisationQueries;
import vn.vientro.registry.permit.RegistryRules;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;
import vn.vientro.shared.WorkingDays;

/**
 * The province's opinion on an NGO's application for a registration paper: the ministry's request with a reply
 * date in working days, the agencies asked for input (each with its own date), their answers, the conclusion sent.
 * A security agency's input is sealed (DOMAIN.md §10): shown only to those who may read it, every read recorded in the
 * audit trail, and reported as not found to anyone else.
 */
@Service
public class PermitOpinions {

    private final PermitOpinionRepository opinions;
    private final OpinionQueries queries;
    private final OrganisationQueries organisations;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final RegistryRules rules;
    private final RegistryPolicy policy;
    private final SealedReads reads;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    PermitOpinions(PermitOpinionRepository opinions, OpinionQueries queries, OrganisationQueries organisations,
                   Agencies agencies, WorkingDays workingDays, RegistryRules rules, RegistryPolicy policy,
                   SealedReads reads, Clock clock) {
        this.opinions = opinions;
        this.policy = policy;
        this.reads = reads;
        this.queries = queries;
        this.organisations = organisations;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.rules = rules;
        this.clock = clock;
    }

    /** Every opinion, with the inputs the user may read; a list shows no confidential input (reads are recorded). */
    @PreAuthorize(RegistryPolicy.READ_PERMITS)
    public List<PermitOpinionView> list(boolean openOnly) {
        return queries.list(openOnly, null, listScope());
    }

    /** Opinions the caller's agency is asked to give input on, unanswered first. */
    @PreAuthorize(RegistryPolicy.READ)
    public List<PermitOpinionView> askingMyAgency() {
        OptionalLong agency = CurrentUser.agency();
        return agency.isPresent() ? queries.list(false, agency.getAsLong(), listScope()) : List.of();
    }

    /** The opinion with the inputs the user may read; a read of a confidential one is recorded in the audit trail. */
    @PreAuthorize(RegistryPolicy.READ_OPINION)
    @Transactional
    public PermitOpinionView get(long opinionId, ReadChannel channel) {
        PermitOpinionView opinion = queries.find(opinionId, scope())
                .orElseThrow(() -> new NotFoundException("permit opinion", opinionId));
        reads.record("registry.permit_opinion_input", opinion.inputs().stream()
                .filter(PermitOpinionView.Input::confidential).map(PermitOpinionView.Input::id).toList(), channel);
        return opinion;
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public long open(long organisationId, String application, String ministryReference, @Nullable LocalDate receivedOn) {
        TextLength.require("ministryReference", ministryReference, TextLength.CODE);
        organisations.find(organisationId).orElseThrow(() -> new NotFoundException("organisation", organisationId));
        PermitOpinion opinion = PermitOpinion.open(organisationId, application, ministryReference, receivedOn,
                LocalDate.now(clock), received -> workingDays.addWorkingDays(received,
                        rules.opinion().replyWorkingDays()));
        return Objects.requireNonNull(opinions.save(opinion).id());
    }

    /** Asks agencies for their input; each gets its due date in working days and a notice in its users' inboxes. */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void ask(long opinionId, List<Long> agencyIds, LocalDate askedOn) {
        PermitOpinion opinion = load(opinionId);
        opinion.ask(agencyIds, agencyId -> askable(agencies.get(agencyId)), askedOn,
                workingDays.addWorkingDays(askedOn, rules.opinion().inputWorkingDays()));
        opinions.save(opinion);
    }

    /** Records an agency's answer: by the focal point (answer received in writing) or by that agency's own staff. */
    @PreAuthorize(RegistryPolicy.GIVE_INPUT)
    @Transactional
    public void answer(long opinionId, long inputId, @Nullable OpinionAnswer answer, String text,
                       @Nullable LocalDate answeredOn) {
        TextLength.require("answerText", text, TextLength.TEXT);
        queries.inputFacts(opinionId, inputId).filter(input -> !input.confidential() || policy.readsSecurityOpinions())
                .orElseThrow(() -> new NotFoundException("opinion input", inputId));
        PermitOpinion opinion = load(opinionId);
        opinion.answer(inputId, answer, text, answeredOn == null ? LocalDate.now(clock) : answeredOn,
                Actor.current());
        opinions.save(opinion);
    }

    /** The province's reply is sent: the opinion is closed with its conclusion. */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void conclude(long opinionId, long expectedVersion, @Nullable OpinionAnswer conclusion, String text,
                         String replyReference, @Nullable LocalDate sentOn) {
        TextLength.require("conclusionText", text, TextLength.TEXT);
        TextLength.require("replyReference", replyReference, TextLength.CODE);
        PermitOpinion opinion = load(opinionId);
        if (!Objects.equals(opinion.version(), expectedVersion)) {
            throw new StaleVersionException("permit opinion", opinionId);
        }
        opinion.conclude(conclusion, text, replyReference, sentOn);
        opinions.save(opinion);
    }

    /** A security agency is asked only by those who may read its input. */
    private AgencyView askable(AgencyView agency) {
        if (!policy.mayAskForInput(agency.kind())) {
            throw new AccessDeniedException("asking agency " + agency.id() + " needs reading security opinions");
        }
        return agency;
    }

    private InputScope scope() {
        return new InputScope(policy.readsSecurityOpinions(), policy.readsEveryInput(), CurrentUser.agency().orElse(-1));
    }

    private InputScope listScope() {
        return new InputScope(false, policy.readsEveryInput(), CurrentUser.agency().orElse(-1));
    }

    private PermitOpinion load(long opinionId) {
        return opinions.findById(opinionId).orElseThrow(() -> new NotFoundException("permit opinion", opinionId));
    }
}
