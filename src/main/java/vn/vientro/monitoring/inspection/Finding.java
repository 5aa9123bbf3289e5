package vn.vientro.monitoring.inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What the team found on an inspection, with the files that bear it out. Its rows are marked confidential for the
 * audit trail (DOMAIN.md §10); who reads it is the service's rule.
 */
@Table(schema = "monitoring", name = "inspection_finding")
class Finding {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final long inspectionId;
    private final FindingCategory category;
    private final FindingSeverity severity;
    private final String description;
    private final boolean confidential;
    private final String recordedBy;
    private final Instant recordedAt;
    @MappedCollection(idColumn = "finding_id", keyColumn = "position")
    private List<Evidence> evidence;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Finding(@Nullable Long id, @Nullable Long version, long inspectionId, FindingCategory category,
            FindingSeverity severity, String description, boolean confidential, String recordedBy, Instant recordedAt,
            List<Evidence> evidence) {
        this.id = id;
        this.version = version;
        this.inspectionId = inspectionId;
        this.category = category;
        this.severity = severity;
        this.description = description;
        this.confidential = confidential;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.evidence = new ArrayList<>(evidence);
    }

    static Finding record(long inspectionId, FindingCategory category, FindingSeverity severity, String description,
                          String actor, Instant now) {
        return new Finding(null, null, inspectionId, category, severity, description, true, actor, now, List.of());
    }

    void attach(long fileId, String fileName) {
        evidence.add(Evidence.of(fileId, fileName));
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long inspectionId() {
        return inspectionId;
    }

    java.util.Optional<Evidence> evidence(long fileId) {
        return evidence.stream().filter(file -> file.fileId() == fileId).findFirst();
    }
}
