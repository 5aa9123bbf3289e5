package vn.vientro.registry.permit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.Actor;
import vn.vientro.registry.PermitChange;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.registry.organisation.OrganisationQueries;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;
import vn.vientro.shared.WorkingDays;

/**
 * Records registration papers and every decision on them, and keeps the NGO's duty that follows each issue,
 * extension or amendment: an implementation plan within the configured number of working days.
 */
@Service
public class Permits {

    private final PermitRepository permits;
    private final PermitQueries queries;
    private final OrganisationQueries organisations;
    private final RegistryRules rules;
    private final WorkingDays workingDays;
    private final PermitHistory history;

    Permits(PermitRepository permits, PermitQueries queries, OrganisationQueries organisations, RegistryRules rules,
            WorkingDays workingDays, PermitHistory history) {
        this.permits = permits;
        this.queries = queries;
        this.organisations = organisations;
        this.rules = rules;
        this.workingDays = workingDays;
        this.history = history;
    }

    @PreAuthorize(RegistryPolicy.READ_PERMITS)
    public PermitView get(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("permit", id));
    }

    @PreAuthorize(RegistryPolicy.READ_PERMITS)
    public List<PermitView> ofOrganisation(long organisationId) {
        return queries.ofOrganisation(organisationId);
    }

    @PreAuthorize(RegistryPolicy.READ_PERMITS)
    public List<PermitView> expiringWithin(int days) {
        if (days < 0 || days > 3650) {
            throw new InvalidInputException("expiring-within-days", "registry.permit.expiringDays.invalid");
        }
        return queries.expiringWithin(days);
    }

    @PreAuthorize(RegistryPolicy.READ_PERMITS)
    public List<PermitQueries.PermitEvent> events(long permitId) {
        return queries.events(permitId);
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public long record(long organisationId, PermitDetails details) {
        organisations.find(organisationId).orElseThrow(() -> new NotFoundException("organisation", organisationId));
        if (details.number().isBlank()) {
            throw new InvalidInputException("number", "registry.permit.number.required");
        }
        if (queries.numberTaken(details.kind(), details.number(), null)) {
            throw new InvalidInputException("number", "registry.permit.number.taken", details.number());
        }
        if (details.validFrom().isBefore(details.issuedOn())) {
            throw new InvalidInputException("validFrom", "registry.permit.validFrom.beforeIssue");
        }
        Permit permit = Permit.record(organisationId, details, rules.maxYears(details.kind()), planDue(details.issuedOn()));
        long id = Objects.requireNonNull(permits.save(permit).id());
        history.save(PermitHistoryEntry.of(id, "RECORDED", new Decision(details.number(), details.issuedOn(), null),
                null, details.validUntil(), Actor.current()));
        return id;
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void extend(long id, long expectedVersion, LocalDate newValidUntil, Decision decision) {
        decision.require();
        Permit permit = load(id, expectedVersion);
        LocalDate before = permit.extend(newValidUntil, rules.maxYears(permit.kind()), planDue(decision.date()));
        save(permit, PermitChange.EXTENDED, decision, before, newValidUntil);
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void amend(long id, long expectedVersion, @Nullable String areas, List<String> communes,
                      @Nullable String fields, Decision decision) {
        decision.require();
        TextLength.require("scopeAreas", areas, TextLength.TEXT);
        TextLength.require("scopeFields", fields, TextLength.TEXT);
        Permit permit = load(id, expectedVersion);
        permit.amend(areas, Set.copyOf(communes), fields, planDue(decision.date()));
        save(permit, PermitChange.AMENDED, decision, null, null);
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void suspend(long id, long expectedVersion, Decision decision) {
        decision.require();
        Permit permit = load(id, expectedVersion);
        permit.suspend();
        save(permit, PermitChange.SUSPENDED, decision, null, null);
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void reinstate(long id, long expectedVersion, Decision decision) {
        decision.require();
        Permit permit = load(id, expectedVersion);
        permit.reinstate();
        save(permit, PermitChange.REINSTATED, decision, null, null);
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void revoke(long id, long expectedVersion, Decision decision) {
        decision.require();
        Permit permit = load(id, expectedVersion);
        permit.revoke();
        save(permit, PermitChange.REVOKED, decision, null, null);
    }

    /** The NGO sent its implementation plan for the province. */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void receivePlan(long id, long expectedVersion, LocalDate receivedOn) {
        Permit permit = load(id, expectedVersion);
        permit.receivePlan(receivedOn);
        save(permit, PermitChange.PLAN_RECEIVED, new Decision("", receivedOn, null), null, null);
    }

    private LocalDate planDue(LocalDate from) {
        return workingDays.addWorkingDays(from, rules.planDueWorkingDays());
    }

    private Permit load(long id, long expectedVersion) {
        Permit permit = permits.findById(id).orElseThrow(() -> new NotFoundException("permit", id));
        if (!Objects.equals(permit.version(), expectedVersion)) {
            throw new StaleVersionException("permit", id);
        }
        return permit;
    }

    private void save(Permit permit, PermitChange change, Decision decision, @Nullable LocalDate before,
                      @Nullable LocalDate after) {
        permits.save(permit);
        history.save(PermitHistoryEntry.of(Objects.requireNonNull(permit.id()), change.name(), decision, before,
                after, Actor.current()));
    }
}
