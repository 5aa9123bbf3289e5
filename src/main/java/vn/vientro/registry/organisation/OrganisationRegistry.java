package vn.vientro.registry.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.Actor;
import vn.vientro.registry.AnnualReportRecorded;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/** Registers organisations, keeps their profiles and records every change of status with its decision. */
@Service
public class OrganisationRegistry {

    private final OrganisationRepository organisations;
    private final OrganisationQueries queries;
    private final OrganisationRules rules;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    OrganisationRegistry(OrganisationRepository organisations, OrganisationQueries queries, OrganisationRules rules,
                         ApplicationEventPublisher events, JdbcClient jdbc) {
        this.organisations = organisations;
        this.queries = queries;
        this.rules = rules;
        this.events = events;
        this.jdbc = jdbc;
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
        if (change.reason().isBlank()) {
            throw new InvalidInputException("reason", "registry.status.reason.required");
        }
        if (change.decisionNumber() == null || change.decisionNumber().isBlank()) {
            throw new InvalidInputException("decisionNumber", "registry.status.decisionNumber.required");
        }
        if (change.decisionDate() == null) {
            throw new InvalidInputException("decisionDate", "registry.status.decisionDate.required");
        }
        Organisation organisation = load(id, expectedVersion);
        if (organisation.status() == change.to()) {
            throw new InvalidInputException("to", "registry.status.unchanged");
        }
        OrganisationStatus from = organisation.changeStatus(change.to());
        organisations.save(organisation);
        jdbc.sql("""
                insert into registry.organisation_status_change
                    (organisation, from_status, to_status, reason, decision_number, decision_date, changed_by)
                values (:id, :from, :to, :reason, :number, :date, :by)
                """)
                .param("id", id).param("from", from.name()).param("to", change.to().name())
                .param("reason", change.reason().trim()).param("number", change.decisionNumber().trim())
                .param("date", change.decisionDate()).param("by", Actor.current()).update();
    }

    /** The NGO's annual report for a year arrived (Decree 58/2022 Art. 21 cl. 5); recording it again corrects the date. */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void recordAnnualReport(long id, int year, LocalDate receivedOn) {
        get(id);
        if (year < 2000 || year > receivedOn.getYear() + 1) {
            throw new InvalidInputException("year", "registry.report.year.invalid");
        }
        jdbc.sql("""
                insert into registry.annual_report (organisation, report_year, received_on) values (:id, :year, :on)
                on conflict (organisation, report_year) do update set received_on = excluded.received_on
                """).param("id", id).param("year", year).param("on", receivedOn).update();
        events.publishEvent(new AnnualReportRecorded(id, year, receivedOn));
    }

    @PreAuthorize(RegistryPolicy.READ_PERMITS)
    @Transactional(readOnly = true)
    public List<AnnualReport> annualReports(long id) {
        return jdbc.sql("select report_year, received_on from registry.annual_report where organisation = :id "
                + "order by report_year desc").param("id", id).query(AnnualReport.class).list();
    }

    /** An annual report received. */
    public record AnnualReport(int reportYear, LocalDate receivedOn) {
    }

    @PreAuthorize(RegistryPolicy.READ)
    @Transactional(readOnly = true)
    public List<StatusChangeRecord> statusHistory(long id) {
        return jdbc.sql("""
                select from_status, to_status, reason, decision_number, decision_date, changed_by, changed_at
                  from registry.organisation_status_change where organisation = :id order by id desc
                """).param("id", id).query(StatusChangeRecord.class).list();
    }

    private Organisation load(long id, long expectedVersion) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
        if (!Objects.equals(organisation.version(), expectedVersion)) {
            throw new StaleVersionException("organisation", id);
        }
        return organisation;
    }

    /** A change of status as decided. */
    public record StatusChange(OrganisationStatus to, String reason, @Nullable String decisionNumber,
                               @Nullable LocalDate decisionDate) {
    }

    /** One recorded change of status. */
    public record StatusChangeRecord(OrganisationStatus fromStatus, OrganisationStatus toStatus, String reason,
                                     @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
                                     String changedBy, java.time.Instant changedAt) {
    }
}
