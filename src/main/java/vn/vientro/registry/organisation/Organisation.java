package vn.vientro.registry.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.platform.PublishingAggregate;
import vn.vientro.registry.AnnualReportRecorded;
import vn.vientro.registry.OrganisationChanged;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationRegistered;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.registry.OrganisationStatusChanged;
import vn.vientro.shared.InvalidInputException;

/**
 * An organisation in the registry with the annual reports it sent; its status changes only through
 * {@link #changeStatus}, by a decision kept in its status history. What happens to it is published as events when it
 * is saved: listeners index it after the transaction commits.
 */
@Table(schema = "registry", name = "organisation")
class Organisation extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private OrganisationKind kind;
    private String nameOriginal;
    private @Nullable String nameEn;
    private @Nullable String nameVi;
    private @Nullable String abbreviation;
    private @Nullable String countryCode;
    private @Nullable String iatiIdentifier;
    private @Nullable String iatiOrgType;
    private @Nullable String website;
    private @Nullable String addressAbroad;
    private @Nullable String addressVn;
    private @Nullable String phone;
    private @Nullable String email;
    private @Nullable String headOfOffice;
    private Set<String> sectorCodes;
    private Set<String> priorityFields;
    private Set<String> communeCodes;
    private @Nullable String notes;
    private OrganisationStatus status;
    private String normalizedName;
    private Instant createdAt;
    private Instant updatedAt;
    /** Decree 58/2022 Art. 21 cl. 5: one report a year, by the year it covers. */
    @MappedCollection(idColumn = "organisation", keyColumn = "report_year")
    private Map<Integer, AnnualReport> annualReports = new HashMap<>();

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Organisation(@Nullable Long id, @Nullable Long version, OrganisationKind kind, String nameOriginal,
                 @Nullable String nameEn, @Nullable String nameVi, @Nullable String abbreviation,
                 @Nullable String countryCode, @Nullable String iatiIdentifier, @Nullable String iatiOrgType,
                 @Nullable String website, @Nullable String addressAbroad, @Nullable String addressVn,
                 @Nullable String phone, @Nullable String email, @Nullable String headOfOffice, Set<String> sectorCodes,
                 Set<String> priorityFields, Set<String> communeCodes, @Nullable String notes,
                 OrganisationStatus status, String normalizedName, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.kind = kind;
        this.nameOriginal = nameOriginal;
        this.nameEn = nameEn;
        this.nameVi = nameVi;
        this.abbreviation = abbreviation;
        this.countryCode = countryCode;
        this.iatiIdentifier = iatiIdentifier;
        this.iatiOrgType = iatiOrgType;
        this.website = website;
        this.addressAbroad = addressAbroad;
        this.addressVn = addressVn;
        this.phone = phone;
        this.email = email;
        this.headOfOffice = headOfOffice;
        this.sectorCodes = new LinkedHashSet<>(sectorCodes);
        this.priorityFields = new LinkedHashSet<>(priorityFields);
        this.communeCodes = new LinkedHashSet<>(communeCodes);
        this.notes = notes;
        this.status = status;
        this.normalizedName = normalizedName;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Organisation register(OrganisationDetails details) {
        Organisation organisation = new Organisation(null, null, details.kind(), details.nameOriginal(), null, null,
                null, null, null, null, null, null, null, null, null, null, Set.of(), Set.of(), Set.of(), null,
                OrganisationStatus.ACTIVE, "", Instant.now(), Instant.now());
        organisation.apply(details);
        organisation.publish(id -> new OrganisationRegistered(id, details.kind()));
        return organisation;
    }

    void describe(OrganisationDetails details) {
        apply(details);
        publish(OrganisationChanged::new);
    }

    private void apply(OrganisationDetails details) {
        this.kind = details.kind();
        this.nameOriginal = details.nameOriginal();
        this.nameEn = details.nameEn();
        this.nameVi = details.nameVi();
        this.abbreviation = details.abbreviation();
        this.countryCode = details.countryCode();
        this.iatiIdentifier = details.iatiIdentifier();
        this.iatiOrgType = details.iatiOrgType();
        this.website = details.website();
        this.addressAbroad = details.addressAbroad();
        this.addressVn = details.addressVn();
        this.phone = details.phone();
        this.email = details.email();
        this.headOfOffice = details.headOfOffice();
        this.sectorCodes = new LinkedHashSet<>(details.sectorCodes());
        this.priorityFields = new LinkedHashSet<>(details.priorityFields());
        this.communeCodes = new LinkedHashSet<>(details.communeCodes());
        this.notes = details.notes();
        this.normalizedName = OrganisationNames.normalize(details);
        this.updatedAt = Instant.now();
    }

    /** Changes the status by a decision; returns the entry for the status history. */
    StatusHistoryEntry changeStatus(StatusChange change, String actor) {
        if (change.reason().isBlank()) {
            throw new InvalidInputException("reason", "registry.status.reason.required");
        }
        String number = change.decisionNumber();
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("decisionNumber", "registry.status.decisionNumber.required");
        }
        if (change.decisionDate() == null) {
            throw new InvalidInputException("decisionDate", "registry.status.decisionDate.required");
        }
        if (status == change.to()) {
            throw new InvalidInputException("to", "registry.status.unchanged");
        }
        OrganisationStatus from = status;
        OrganisationStatus to = change.to();
        this.status = to;
        this.updatedAt = Instant.now();
        publish(id -> new OrganisationStatusChanged(id, from, to));
        return new StatusHistoryEntry(null, Objects.requireNonNull(id, "a registered organisation"), from, to,
                change.reason().trim(), number.trim(), change.decisionDate(), actor);
    }

    /** The annual report for a year arrived; recording it again corrects the date. */
    void recordAnnualReport(int year, LocalDate receivedOn) {
        if (year < 2000 || year > receivedOn.getYear() + 1) {
            throw new InvalidInputException("year", "registry.report.year.invalid");
        }
        AnnualReport known = annualReports.get(year);
        annualReports.put(year, known == null ? new AnnualReport(receivedOn, null) : known.receivedOn(receivedOn));
        publish(id -> new AnnualReportRecorded(id, year, receivedOn));
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    @Nullable Long version() {
        return version;
    }

}
