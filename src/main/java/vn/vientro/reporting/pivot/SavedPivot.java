package vn.vientro.reporting.pivot;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.shared.Role;

/** A pivot saved under a name by its owner, shared with a role or kept to themselves. */
@Table(schema = "reporting", name = "saved_pivot")
class SavedPivot {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private String name;
    private String query;
    private final String owner;
    private @Nullable Role sharedRole;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    SavedPivot(@Nullable Long id, @Nullable Long version, String name, String query, String owner,
               @Nullable Role sharedRole, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.query = query;
        this.owner = owner;
        this.sharedRole = sharedRole;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static SavedPivot of(String name, String query, String owner, @Nullable Role sharedRole, Instant now) {
        return new SavedPivot(null, null, name, query, owner, sharedRole, now, now);
    }

    /** Saves the pivot anew under its name: another query, another role to share it with. */
    void redefine(String newName, String newQuery, @Nullable Role newSharedRole, Instant now) {
        name = newName;
        query = newQuery;
        sharedRole = newSharedRole;
        updatedAt = now;
    }

    @Nullable Long id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    String name() {
        return name;
    }

    String query() {
        return query;
    }

    String owner() {
        return owner;
    }

    @Nullable Role sharedRole() {
        return sharedRole;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
