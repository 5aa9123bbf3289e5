package vn.vientro.mobilisation.plan;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A yearly mobilisation plan within its programme: its year, title and objectives. Its activities are aggregates of
 * their own, so recording one activity's outcome never conflicts with someone rewording the plan's objectives.
 */
@Table(schema = "mobilisation", name = "plan")
class MobilisationPlan {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private int year;
    private String title;
    private String objectives;
    @Embedded.Empty(prefix = "programme_")
    private Programme programme;
    private final String createdBy;

    @PersistenceCreator
    MobilisationPlan(@Nullable Long id, @Nullable Long version, int year, String title, String objectives,
                     Programme programme, String createdBy) {
        this.id = id;
        this.version = version;
        this.year = year;
        this.title = title;
        this.objectives = objectives;
        this.programme = programme;
        this.createdBy = createdBy;
    }

    static MobilisationPlan draw(PlanInput input, String actor) {
        return new MobilisationPlan(null, null, Objects.requireNonNull(input.year()),
                Objects.requireNonNull(input.title()), Objects.requireNonNull(input.objectives()),
                input.programme(), actor);
    }

    void revise(PlanInput input) {
        this.year = Objects.requireNonNull(input.year());
        this.title = Objects.requireNonNull(input.title());
        this.objectives = Objects.requireNonNull(input.objectives());
        this.programme = input.programme();
    }

    @Nullable Long id() {
        return id;
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    int year() {
        return year;
    }
}
