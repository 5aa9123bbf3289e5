package vn.vientro.mobilisation.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A yearly version of a period's catalogue: compiled as a draft of chosen accepted needs, then approved by the
 * province's decision, which freezes what it lists ({@link CatalogueEntry}). Nothing changes an approved version.
 */
@Table(schema = "mobilisation", name = "catalogue_version")
class CatalogueVersion {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    @Column("period")
    private final long periodId;
    private final int revision;
    private CatalogueVersionStatus status;
    private @Nullable String decisionNumber;
    private @Nullable LocalDate decisionDate;
    @Column("decision_file")
    private @Nullable Long decisionFileId;
    private final String compiledBy;
    private @Nullable String approvedBy;
    private @Nullable Instant approvedAt;
    @MappedCollection(idColumn = "catalogue_version")
    private Set<CatalogueInclusion> inclusions;
    @MappedCollection(idColumn = "catalogue_version", keyColumn = "position")
    private List<CatalogueEntry> entries;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    CatalogueVersion(@Nullable Long id, @Nullable Long version, long periodId, int revision,
                     CatalogueVersionStatus status, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
                     @Nullable Long decisionFileId, String compiledBy, @Nullable String approvedBy,
                     @Nullable Instant approvedAt, Set<CatalogueInclusion> inclusions, List<CatalogueEntry> entries) {
        this.id = id;
        this.version = version;
        this.periodId = periodId;
        this.revision = revision;
        this.status = status;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.decisionFileId = decisionFileId;
        this.compiledBy = compiledBy;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.inclusions = new HashSet<>(inclusions);
        this.entries = new ArrayList<>(entries);
    }

    /** Opens the next revision of the period as a draft. */
    static CatalogueVersion open(long periodId, int revision, String actor) {
        return new CatalogueVersion(null, null, periodId, revision, CatalogueVersionStatus.DRAFT, null, null, null,
                actor, null, null, Set.of(), List.of());
    }

    void include(long needId) {
        requireDraft();
        inclusions.add(new CatalogueInclusion(needId));
    }

    void exclude(long needId) {
        requireDraft();
        inclusions.remove(new CatalogueInclusion(needId));
    }

    /** Approves the version by decision, freezing what it lists and what left it since the previous version. */
    void approve(String number, LocalDate date, @Nullable Long fileId, List<CatalogueEntry> approved, String actor,
                 Instant now) {
        requireDraft();
        if (approved.stream().noneMatch(CatalogueEntry::listed)) {
            throw new CatalogueChangeRefusedException("mobilisation.catalogue.version.empty", null);
        }
        status = CatalogueVersionStatus.APPROVED;
        decisionNumber = number;
        decisionDate = date;
        decisionFileId = fileId;
        approvedBy = actor;
        approvedAt = now;
        entries = new ArrayList<>(approved);
    }

    private void requireDraft() {
        if (status != CatalogueVersionStatus.DRAFT) {
            throw new CatalogueChangeRefusedException("mobilisation.catalogue.version.frozen", null);
        }
    }

    @Nullable Long id() {
        return id;
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    long periodId() {
        return periodId;
    }

    List<Long> includedNeeds() {
        return inclusions.stream().map(CatalogueInclusion::needId).sorted().toList();
    }
}
