package vn.vientro.registry.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.Actor;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/** Registers organisations, keeps their profiles and records every change of status with its decision. */
@Service
public class OrganisationRegistry {

    private final OrganisationRepository organisations;
    private final StatusHistory statusHistory;
    private final OrganisationQueries queries;
    private final OrganisationRules rules;

    OrganisationRegistry(OrganisationRepository organisations, StatusHistory statusHistory,
                         OrganisationQueries queries, OrganisationRules rules) {
        this.organisations = organisations;
        this.statusHistory = statusHistory;
        this.queries = queries;
        this.rules = rules;
    }

    @PreAuthorize(RegistryPolicy.READ)
    public OrganisationView get(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    @PreAuthorize(RegistryPolicy.READ)
    public OrganisationPage list(OrganisationFilter filter) {
        return queries.list(filter);
    }

    /**
     * Registers an organisation. Unless {@code confirmedNotDuplicate}, a close name or the same IATI identifier
     * stops it with the candidates, so the same NGO is not entered twice under two spellings.
     */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public long register(OrganisationDetails input, boolean confirmedNotDuplicate) {
        OrganisationDetails details = input.normalized();
        rules.check(details, null);
        if (!confirmedNotDuplicate) {
            List<OrganisationView> candidates = queries.similar(OrganisationNames.reduce(details.nameOriginal()),
                    details.iatiIdentifier(), null);
            if (!candidates.isEmpty()) {
                throw new DuplicateOrganisationException(candidates);
            }
        }
        return Objects.requireNonNull(organisations.save(Organisation.register(details)).id());
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void update(long id, long expectedVersion, OrganisationDetails input) {
        OrganisationDetails details = input.normalized();
        Organisation organisation = load(id, expectedVersion);
        rules.check(details, id);
        organisation.describe(details);
        organisations.save(organisation);
    }

    /** Changes the status by a decision; the reason, decision number and date are required and kept. */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void changeStatus(long id, long expectedVersion, StatusChange change) {
        Organisation organisation = load(id, expectedVersion);
        StatusHistoryEntry entry = organisation.changeStatus(change, Actor.current());
        organisations.save(organisation);
        statusHistory.save(entry);
    }

    /** The NGO's annual report for a year arrived (Decree 58/2022 Art. 21 cl. 5); recording it again corrects the date. */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void recordAnnualReport(long id, int year, LocalDate receivedOn) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("organisation", id));
        organisation.recordAnnualReport(year, receivedOn);
        organisations.save(organisation);
    }

    @PreAuthorize(RegistryPolicy.READ_PERMITS)
    @Transactional(readOnly = true)
    public List<OrganisationQueries.AnnualReportRow> annualReports(long id) {
        return queries.annualReports(id);
    }

    @PreAuthorize(RegistryPolicy.READ)
    @Transactional(readOnly = true)
    public List<OrganisationQueries.StatusChangeRow> statusHistory(long id) {
        return queries.statusHistory(id);
    }

    private Organisation load(long id, long expectedVersion) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("organisation", id));
        if (!Objects.equals(organisation.version(), expectedVersion)) {
            throw new StaleVersionException("organisation", id);
        }
        return organisation;
    }
}
