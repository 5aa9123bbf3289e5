package vn.vientro.identity.user;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.identity.UserView;
import vn.vientro.shared.Role;

/**
 * Users as pages and other modules read them: with their agency's name and until when sign-in from browsers they do
 * not trust is throttled.
 */
@Component
public class UserQueries {

    private static final String VIEW_SQL = """
            select u.id, u.version, u.username, u.full_name, u.email, u.phone, u.agency_id,
                   a.name_vi as agency_name_vi, a.name_en as agency_name_en, u.roles, u.enabled, t.blocked_until as locked_until, u.language
              from identity.user_account u
              join identity.agency a on a.id = u.agency_id
              left join identity.sign_in_throttle t on t.scope = 'ACCOUNT' and t.subject = u.username
            """;

    private final JdbcClient jdbc;

    UserQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UserView> all() {
        return jdbc.sql(VIEW_SQL + " order by u.full_name collate \"vi-x-icu\"").query(UserQueries::view).list();
    }

    public Optional<UserView> find(long id) {
        return jdbc.sql(VIEW_SQL + " where u.id = :id").param("id", id).query(UserQueries::view).optional();
    }

    public Optional<UserView> findByUsername(String username) {
        return jdbc.sql(VIEW_SQL + " where u.username = :username").param("username", username)
                .query(UserQueries::view).optional();
    }

    /** Enabled users holding any of these roles. */
    public List<UserView> withAnyRole(Set<Role> roles) {
        String[] names = roles.stream().map(Role::name).toArray(String[]::new);
        return jdbc.sql(VIEW_SQL + " where u.enabled and u.roles && :roles::text[] order by u.id")
                .param("roles", names).query(UserQueries::view).list();
    }

    /** Enabled users of an agency. */
    public List<UserView> ofAgency(long agencyId) {
        return jdbc.sql(VIEW_SQL + " where u.enabled and u.agency_id = :agency order by u.id")
                .param("agency", agencyId).query(UserQueries::view).list();
    }

    /** A name only, also of a disabled account: for pages that show who did something. */
    public Optional<String> fullName(String username) {
        return jdbc.sql("select full_name from identity.user_account where username = :username")
                .param("username", username).query(String.class).optional();
    }

    /** For the sign-in check only: the view never carries it. */
    public String passwordHash(long id) {
        return jdbc.sql("select password_hash from identity.user_account where id = :id")
                .param("id", id).query(String.class).single();
    }

    private static UserView view(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new UserView(rs.getLong("id"), rs.getLong("version"), rs.getString("username"),
                rs.getString("full_name"), rs.getString("email"), rs.getString("phone"), rs.getLong("agency_id"),
                rs.getString("agency_name_vi"), rs.getString("agency_name_en"), roles, rs.getBoolean("enabled"),
                lockedUntil == null ? null : lockedUntil.toInstant(), Locale.forLanguageTag(rs.getString("language")));
    }
}
