package vn.vientro.registry.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.registry.OrganisationStatus;

/**
 * One change of an organisation's status, as it was decided. The history only grows: an entry is written once and
 * never changed (so it has no version), and it stays outside the organisation aggregate, whose every save would
 * otherwise delete and write again the whole history. The database stamps the time.
 */
@Table(schema = "registry", name = "organisation_status_change")
class StatusHistoryEntry {

    @Id
    private @Nullable Long id;
    private final long organisation;
    private final OrganisationStatus fromStatus;
    private final OrganisationStatus toStatus;
    private final String reason;
    private final @Nullable String decisionNumber;
    private final @Nullable LocalDate decisionDate;
    private final String changedBy;

    @PersistenceCreator
    StatusHistoryEntry(@Nullable Long id, long organisation, OrganisationStatus fromStatus,
                       OrganisationStatus toStatus, String reason, @Nullable String decisionNumber,
                       @Nullable LocalDate decisionDate, String changedBy) {
        this.id = id;
        this.organisation = organisation;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.changedBy = changedBy;
    }
}
