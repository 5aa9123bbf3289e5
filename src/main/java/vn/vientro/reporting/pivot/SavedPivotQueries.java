package vn.vientro.reporting.pivot;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.shared.Role;

/** Reads saved pivots: the ones a user may open (their own and those shared with a role they hold), and one's owner. */
@Component
public class SavedPivotQueries {

    /** A saved pivot as lists show it. */
    public record SavedPivotRow(long id, long version, String name, String query, String owner,
                                @Nullable Role sharedRole, Instant updatedAt) {
    }

    private static final String COLUMNS = "id, version, name, query, owner, shared_role, updated_at";

    private final JdbcClient jdbc;

    SavedPivotQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's own pivots and those shared with one of their roles, by name. */
    List<SavedPivotRow> visibleTo(String username, Collection<Role> roles) {
        return jdbc.sql("select " + COLUMNS + """
                  from reporting.saved_pivot
                 where owner = :owner or shared_role in (:roles)
                 order by name collate "vi-x-icu", id
                """).param("owner", username).param("roles", roles.isEmpty() ? List.of("")
                        : roles.stream().map(Role::name).toList())
                .query((rs, n) -> new SavedPivotRow(rs.getLong("id"), rs.getLong("version"), rs.getString("name"),
                        rs.getString("query"), rs.getString("owner"),
                        rs.getString("shared_role") == null ? null : Role.valueOf(rs.getString("shared_role")),
                        rs.getTimestamp("updated_at").toInstant())).list();
    }

    /** Who owns the pivot and whom it is shared with: what the policy decides on. */
    public Optional<Sharing> sharing(long pivotId) {
        return jdbc.sql("select owner, shared_role from reporting.saved_pivot where id = :id").param("id", pivotId)
                .query((rs, n) -> new Sharing(rs.getString("owner"),
                        rs.getString("shared_role") == null ? null : Role.valueOf(rs.getString("shared_role"))))
                .optional();
    }

    public record Sharing(String owner, @Nullable Role sharedRole) {
    }
}
