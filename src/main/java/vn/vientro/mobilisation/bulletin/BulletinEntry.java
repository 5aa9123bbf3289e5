package vn.vientro.mobilisation.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The public text of an activity or a reward in the foreign-affairs bulletin, and whether it is published: the flag
 * is the mobilisation module's, so the portal shows only what the focal point chose.
 */
@Table(schema = "mobilisation", name = "bulletin_entry")
class BulletinEntry {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    @Column("activity")
    private final @Nullable Long activityId;
    @Column("reward")
    private final @Nullable Long rewardId;
    private final String kind;
    private String titleVi;
    private @Nullable String titleEn;
    private String summaryVi;
    private @Nullable String summaryEn;
    private LocalDate happenedOn;
    private boolean published;
    private @Nullable Instant publishedAt;
    private String changedBy;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    BulletinEntry(@Nullable Long id, @Nullable Long version, @Nullable Long activityId, @Nullable Long rewardId,
                  String kind, String titleVi, @Nullable String titleEn, String summaryVi, @Nullable String summaryEn,
                  LocalDate happenedOn, boolean published, @Nullable Instant publishedAt, String changedBy) {
        this.id = id;
        this.version = version;
        this.activityId = activityId;
        this.rewardId = rewardId;
        this.kind = kind;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.summaryVi = summaryVi;
        this.summaryEn = summaryEn;
        this.happenedOn = happenedOn;
        this.published = published;
        this.publishedAt = publishedAt;
        this.changedBy = changedBy;
    }

    static BulletinEntry about(BulletinSource source, long sourceId, String kind, BulletinInput input, Instant now,
                               String actor) {
        BulletinEntry entry = new BulletinEntry(null, null, source == BulletinSource.ACTIVITY ? sourceId : null,
                source == BulletinSource.REWARD ? sourceId : null, kind, "", null, "", null,
                Objects.requireNonNull(input.happenedOn()), false, null, actor);
        entry.write(input, now, actor);
        return entry;
    }

    /** Rewrites the public text; publishing stamps the first time it went public, withdrawing keeps that stamp. */
    void write(BulletinInput input, Instant now, String actor) {
        this.titleVi = Objects.requireNonNull(input.titleVi());
        this.titleEn = input.titleEn();
        this.summaryVi = Objects.requireNonNull(input.summaryVi());
        this.summaryEn = input.summaryEn();
        this.happenedOn = Objects.requireNonNull(input.happenedOn());
        if (input.publishes() && !published) {
            publishedAt = now;
        }
        this.published = input.publishes();
        this.changedBy = actor;
    }

    @Nullable Long id() {
        return id;
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    BulletinInput input() {
        return new BulletinInput(version, titleVi, titleEn, summaryVi, summaryEn, happenedOn, published);
    }
}
