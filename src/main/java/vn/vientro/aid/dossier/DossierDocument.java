package vn.vientro.aid.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One uploaded version of a dossier document. Versions only grow: one is written once and never changed (so it has
 * no version of its own). Two uploads of one type at the same instant would take the same number: the unique key
 * refuses the second. The database stamps the time.
 */
@Table(schema = "aid", name = "dossier_document")
class DossierDocument {

    @Id
    private @Nullable Long id;
    @Column("aid_item")
    private final long itemId;
    private final String documentType;
    private final int versionNo;
    private final long storedFile;
    private final String fileName;
    private final @Nullable String note;
    private final String uploadedBy;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    DossierDocument(@Nullable Long id, long itemId, String documentType, int versionNo, long storedFile,
                    String fileName, @Nullable String note, String uploadedBy) {
        this.id = id;
        this.itemId = itemId;
        this.documentType = documentType;
        this.versionNo = versionNo;
        this.storedFile = storedFile;
        this.fileName = fileName;
        this.note = note;
        this.uploadedBy = uploadedBy;
    }

    /** The version {@code versionNo} of a document, a file the aid module keeps. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    static DossierDocument uploaded(long itemId, String type, int versionNo, long storedFileId, String fileName,
                                    @Nullable String note, String by) {
        return new DossierDocument(null, itemId, type, versionNo, storedFileId, fileName, note, by);
    }

    long id() {
        return Objects.requireNonNull(id, "saved");
    }
}
