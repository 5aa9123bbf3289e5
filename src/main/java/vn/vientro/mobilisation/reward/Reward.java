package vn.vientro.mobilisation.reward;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A reward given by a decision to an organisation of the registry or to a person. */
@Table(schema = "mobilisation", name = "reward")
class Reward {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    @Embedded.Empty
    private RewardDetails details;
    private final String createdBy;

    @PersistenceCreator
    Reward(@Nullable Long id, @Nullable Long version, RewardDetails details, String createdBy) {
        this.id = id;
        this.version = version;
        this.details = details;
        this.createdBy = createdBy;
    }

    static Reward give(RewardDetails details, String actor) {
        return new Reward(null, null, details, actor);
    }

    void correct(RewardDetails corrected) {
        this.details = corrected;
    }

    @Nullable Long id() {
        return id;
    }

    long version() {
        return Objects.requireNonNull(version);
    }
}
