package vn.vientro.registry.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;
import vn.vientro.registry.PermitOpinionConcluded;
import vn.vientro.registry.PermitOpinionInputGiven;
import vn.vientro.registry.PermitOpinionInputRequested;
import vn.vientro.registry.PermitOpinionOpened;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.registry.organisation.OrganisationQueries;
import vn.vientro.registry.permit.RegistryRules;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.WorkingDays;

/**
 * The province's opinion on an NGO's application for a registration paper: the ministry's request with a reply
 * date in working days, the agencies asked for input (each with its own date), their answers, the conclusion sent.
 */
@Service
public class PermitOpinions {

    private final JdbcClient jdbc;
    private final OpinionQueries queries;
    private final OrganisationQueries organisations;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;
    private final RegistryRules rules;
    private final Clock clock;

    PermitOpinions(JdbcClient jdbc, OpinionQueries queries, OrganisationQueries organisations, Agencies agencies,
                   ApplicationEventPublisher events, WorkingDays workingDays, RegistryRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.organisations = organisations;
        this.agencies = agencies;
        this.events = events;
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
        if (!Set.of("NEW", "EXTENSION", "AMENDMENT").contains(application)) {
            throw new InvalidInputException("application", "registry.opinion.application.required");
        }
        if (ministryReference.isBlank()) {
            throw new InvalidInputException("ministryReference", "registry.opinion.reference.required");
        }
        if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("receivedOn", "registry.opinion.receivedOn.invalid");
        }
        LocalDate due = workingDays.addWorkingDays(receivedOn, rules.opinion().replyWorkingDays());
        long id = jdbc.sql("""
                insert into registry.permit_opinion (organisation, application, ministry_reference, received_on, due_on)
                values (:org, :application, :reference, :received, :due) returning id
                """).param("org", organisationId).param("application", application)
                .param("reference", ministryReference.trim()).param("received", receivedOn).param("due", due)
                .query(Long.class).single();
        events.publishEvent(new PermitOpinionOpened(id, organisationId, due));
        return id;
    }

    /** Asks agencies for their input; each gets its due date in working days and a notice in its users' inboxes. */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void ask(long opinionId, List<Long> agencyIds, LocalDate askedOn) {
        PermitOpinionView opinion = requireOpen(opinionId);
        if (agencyIds.isEmpty()) {
            throw new InvalidInputException("agencyIds", "registry.opinion.agencies.required");
        }
        LocalDate due = workingDays.addWorkingDays(askedOn, rules.opinion().inputWorkingDays());
        for (long agencyId : agencyIds) {
            AgencyView agency = agencies.get(agencyId);
            int added = jdbc.sql("""
                    insert into registry.permit_opinion_input (opinion, agency_id, agency_name, asked_on, due_on)
                    values (:opinion, :agency, :name, :asked, :due) on conflict (opinion, agency_id) do nothing
                    """).param("opinion", opinionId).param("agency", agencyId).param("name", agency.nameVi())
                    .param("asked", askedOn).param("due", due).update();
            if (added == 1) {
                events.publishEvent(new PermitOpinionInputRequested(opinionId, agencyId, due));
            }
        }
    }

    /** Records an agency's answer: by the focal point (answer received in writing) or by that agency's own staff. */
    @PreAuthorize(RegistryPolicy.GIVE_INPUT)
    @Transactional
    public void answer(long opinionId, long inputId, @Nullable OpinionAnswer answer, String text,
                       @Nullable LocalDate answeredOn) {
        PermitOpinionView opinion = requireOpen(opinionId);
        PermitOpinionView.Input input = opinion.inputs().stream().filter(i -> i.id() == inputId).findFirst()
                .orElseThrow(() -> new NotFoundException("opinion input", inputId));
        if (answer == null) {
            throw new InvalidInputException("answer", "registry.opinion.answer.required");
        }
        if (answer != OpinionAnswer.AGREE && text.isBlank()) {
            throw new InvalidInputException("answerText", "registry.opinion.answerText.required");
        }
        jdbc.sql("""
                update registry.permit_opinion_input set answer = :answer, answer_text = :text, answered_on = :on,
                       recorded_by = :by where id = :input and opinion = :opinion
                """).param("answer", answer.name()).param("text", text.isBlank() ? null : text.trim())
                .param("on", answeredOn == null ? LocalDate.now(clock) : answeredOn).param("by", Actor.current())
                .param("input", inputId).param("opinion", opinionId).update();
        events.publishEvent(new PermitOpinionInputGiven(opinionId, inputId, input.agencyId(), Actor.current()));
    }

    /** The province's reply is sent: the opinion is closed with its conclusion. */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void conclude(long id, long expectedVersion, @Nullable OpinionAnswer conclusion, String text,
                         String replyReference, @Nullable LocalDate sentOn) {
        PermitOpinionView opinion = requireOpen(id);
        if (conclusion == null) {
            throw new InvalidInputException("conclusion", "registry.opinion.conclusion.required");
        }
        if (replyReference.isBlank()) {
            throw new InvalidInputException("replyReference", "registry.opinion.replyReference.required");
        }
        if (sentOn == null) {
            throw new InvalidInputException("sentOn", "registry.opinion.sentOn.required");
        }
        int updated = jdbc.sql("""
                update registry.permit_opinion set status = 'ANSWERED', conclusion = :conclusion, conclusion_text = :text,
                       reply_reference = :reference, sent_on = :sent, version = version + 1
                 where id = :id and version = :version
                """).param("conclusion", conclusion.name()).param("text", text.isBlank() ? null : text.trim())
                .param("reference", replyReference.trim()).param("sent", sentOn).param("id", id)
                .param("version", expectedVersion).update();
        if (updated == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException("permit opinion " + id + " changed");
        }
        events.publishEvent(new PermitOpinionConcluded(id, opinion.organisationId()));
    }

    private PermitOpinionView requireOpen(long id) {
        PermitOpinionView opinion = queries.find(id).orElseThrow(() -> new NotFoundException("permit opinion", id));
        if (!"OPEN".equals(opinion.status())) {
            throw new InvalidInputException("status", "registry.opinion.closed");
        }
        return opinion;
    }

}
