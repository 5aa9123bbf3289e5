package vn.vientro.registry.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.Agencies;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.registry.organisation.OrganisationQueries;
import vn.vientro.registry.permit.RegistryRules;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.WorkingDays;

/**
 * The province's opinion on an NGO's application for a registration paper: the ministry's request with a reply
 * date in working days, the agencies asked for input (each with its own date), their answers, the conclusion sent.
 */
@Service
public class PermitOpinions {

    private final PermitOpinionRepository opinions;
    private final OpinionQueries queries;
    private final OrganisationQueries organisations;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final RegistryRules rules;
    private final Clock clock;

    PermitOpinions(PermitOpinionRepository opinions, OpinionQueries queries, OrganisationQueries organisations,
                   Agencies agencies, WorkingDays workingDays, RegistryRules rules, Clock clock) {
        this.opinions = opinions;
        this.queries = queries;
        this.organisations = organisations;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.rules = rules;
        this.clock = clock;
    }

    @PreAuthorize(RegistryPolicy.READ_PERMITS)
    public List<PermitOpinionView> list(boolean openOnly) {
        return queries.list(openOnly, null);
    }

    /** Opinions the caller's agency is asked to give input on, unanswered first. */
    @PreAuthorize(RegistryPolicy.READ)
    public List<PermitOpinionView> askingMyAgency() {
        OptionalLong agency = CurrentUser.agency();
        return agency.isPresent() ? queries.list(false, agency.getAsLong()) : List.of();
    }

    @PreAuthorize(RegistryPolicy.READ_OPINION)
    public PermitOpinionView get(long opinionId) {
        return queries.find(opinionId).orElseThrow(() -> new NotFoundException("permit opinion", opinionId));
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public long open(long organisationId, String application, String ministryReference, @Nullable LocalDate receivedOn) {
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
        opinion.ask(agencyIds, agencies::get, askedOn,
                workingDays.addWorkingDays(askedOn, rules.opinion().inputWorkingDays()));
        opinions.save(opinion);
    }

    /** Records an agency's answer: by the focal point (answer received in writing) or by that agency's own staff. */
    @PreAuthorize(RegistryPolicy.GIVE_INPUT)
    @Transactional
    public void answer(long opinionId, long inputId, @Nullable OpinionAnswer answer, String text,
                       @Nullable LocalDate answeredOn) {
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
        PermitOpinion opinion = load(opinionId);
        if (!Objects.equals(opinion.version(), expectedVersion)) {
            throw new StaleVersionException("permit opinion", opinionId);
        }
        opinion.conclude(conclusion, text, replyReference, sentOn);
        opinions.save(opinion);
    }

    private PermitOpinion load(long opinionId) {
        return opinions.findById(opinionId).orElseThrow(() -> new NotFoundException("permit opinion", opinionId));
    }
}
