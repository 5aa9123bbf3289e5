package vn.vientro.portal.procedures;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A form offered for download on a procedure's page: a file of the aid module's store, with its title. */
@Table(schema = "portal", name = "procedure_form")
class ProcedureForm {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final ProcedureKind procedure;
    @Column("stored_file")
    private final long storedFileId;
    private final String fileName;
    private final String titleVi;
    private final @Nullable String titleEn;
    private final String uploadedBy;
    private final Instant uploadedAt;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    ProcedureForm(@Nullable Long id, @Nullable Long version, ProcedureKind procedure, long storedFileId,
                  String fileName, String titleVi, @Nullable String titleEn, String uploadedBy, Instant uploadedAt) {
        this.id = id;
        this.version = version;
        this.procedure = procedure;
        this.storedFileId = storedFileId;
        this.fileName = fileName;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    @Nullable Long id() {
        return id;
    }

    ProcedureKind procedure() {
        return procedure;
    }

    long storedFileId() {
        return storedFileId;
    }

    String fileName() {
        return fileName;
    }

    String titleVi() {
        return titleVi;
    }

    @Nullable String titleEn() {
        return titleEn;
    }
}
