package vn.vientro.mobilisation.plan;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** One activity of a yearly plan: what, when, who leads and takes part, for whom, at what cost, and how it went. */
@Table(schema = "mobilisation", name = "plan_activity")
class PlanActivity {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    @Column("plan")
    private final long planId;
    @Embedded.Empty
    private ActivityDetails details;
    private final String createdBy;

    @PersistenceCreator
    PlanActivity(@Nullable Long id, @Nullable Long version, long planId, ActivityDetails details, String createdBy) {
        this.id = id;
        this.version = version;
        this.planId = planId;
        this.details = details;
        this.createdBy = createdBy;
    }

    static PlanActivity plan(long planId, ActivityDetails details, String actor) {
        return new PlanActivity(null, null, planId, details, actor);
    }

    void record(ActivityDetails changed) {
        this.details = changed;
    }

    @Nullable Long id() {
        return id;
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    long planId() {
        return planId;
    }
}
