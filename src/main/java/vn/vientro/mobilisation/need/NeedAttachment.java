package vn.vientro.mobilisation.need;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.mobilisation.NeedAttached;
import vn.vientro.platform.PublishingAggregate;

/**
 * A photo or paper attached to a need, its content kept by the file store. Added, never changed (so no version), and
 * outside the need: attaching a photo never conflicts with someone editing the need's texts.
 */
@Table(schema = "mobilisation", name = "need_attachment")
class NeedAttachment extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Column("need")
    private final long needId;
    @Column("stored_file")
    private final long storedFileId;
    private final String fileName;
    private final String uploadedBy;

    @PersistenceCreator
    NeedAttachment(@Nullable Long id, long needId, long storedFileId, String fileName, String uploadedBy) {
        this.id = id;
        this.needId = needId;
        this.storedFileId = storedFileId;
        this.fileName = fileName;
        this.uploadedBy = uploadedBy;
    }

    static NeedAttachment of(long needId, long storedFileId, String fileName, String uploadedBy) {
        NeedAttachment attachment = new NeedAttachment(null, needId, storedFileId, fileName, uploadedBy);
        attachment.publish(id -> new NeedAttached(needId, id, uploadedBy));
        return attachment;
    }

    @Override
    public @Nullable Long id() {
        return id;
    }
}
