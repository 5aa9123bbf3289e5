package vn.vientro.reference.calendar;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An administrator's record of what an official announcement makes of one day. */
@Table(schema = "reference", name = "calendar_override")
class DayOverride {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private LocalDate day;
    private OverrideKind kind;
    private String nameVi;
    private @Nullable String nameEn;
    private String legalBasis;
    private Instant createdAt;

    @PersistenceCreator
    DayOverride(@Nullable Long id, @Nullable Long version, LocalDate day, OverrideKind kind, String nameVi,
                @Nullable String nameEn, String legalBasis, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.day = day;
        this.kind = kind;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.legalBasis = legalBasis;
        this.createdAt = createdAt;
    }

    static DayOverride record(OverrideDetails details, Instant now) {
        String nameEn = details.nameEn() == null || details.nameEn().isBlank() ? null : details.nameEn().trim();
        return new DayOverride(null, null, details.day(), details.kind(), details.nameVi().trim(), nameEn,
                details.legalBasis().trim(), now);
    }

    @Nullable Long id() {
        return id;
    }

    @Nullable Long version() {
        return version;
    }
}
