package vn.vientro.monitoring.inspection;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A member of an inspection's team: a member of staff (a user), or someone from outside named with their body. */
@Table(schema = "monitoring", name = "inspection_member")
public record TeamMember(@Nullable Long userId, @Nullable String username, @Nullable String outsideName, @Nullable String outsideOrganisation) {

    static TeamMember staff(long userId, String username) {
        return new TeamMember(userId, username, null, null);
    }

    static TeamMember outside(String name, @Nullable String organisation) {
        return new TeamMember(null, null, name, organisation);
    }
}
