package vn.vientro.mobilisation.plan;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A paper or photo of an activity (its report, the invitation), its content kept by the file store as a need's are.
 * Added, never changed, and outside the activity: attaching never conflicts with someone recording its outcome.
 */
@Table(schema = "mobilisation", name = "plan_activity_attachment")
class ActivityAttachment {

    @Id
    private @Nullable Long id;
    @Column("activity")
    private final long activityId;
    @Column("stored_file")
    private final long storedFileId;
    private final String fileName;
    private final String uploadedBy;

    @PersistenceCreator
    ActivityAttachment(@Nullable Long id, long activityId, long storedFileId, String fileName, String uploadedBy) {
        this.id = id;
        this.activityId = activityId;
        this.storedFileId = storedFileId;
        this.fileName = fileName;
        this.uploadedBy = uploadedBy;
    }

    static ActivityAttachment of(long activityId, long storedFileId, String fileName, String uploadedBy) {
        return new ActivityAttachment(null, activityId, storedFileId, fileName, uploadedBy);
    }

    @Nullable Long id() {
        return id;
    }
}
