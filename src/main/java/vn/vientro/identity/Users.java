package vn.vientro.identity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.user.PasswordPolicy;
import vn.vientro.identity.user.UserAccount;
import vn.vientro.identity.user.UserAccountRepository;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.Role;
import vn.vientro.shared.StaleVersionException;

/** Users and their roles; the directory other modules use to find who should be told or asked. */
@Service
public class Users {

    private static final String VIEW_SQL = """
            select u.id, u.version, u.username, u.full_name, u.email, u.phone, u.agency_id,
                   a.name_vi as agency_name_vi, u.roles, u.enabled, l.locked_until, u.language
              from identity.user_account u
              join identity.agency a on a.id = u.agency_id
              left join identity.login_attempt l on l.username = u.username
            """;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;

    Users(UserAccountRepository accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional(readOnly = true)
    public List<UserView> all() {
        return jdbc.sql(VIEW_SQL + " order by u.full_name collate \"vi-x-icu\"").query(this::toView).list();
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        return jdbc.sql(VIEW_SQL + " where u.id = :id").param("id", id).query(this::toView).optional()
                .orElseThrow(() -> new NotFoundException("user", id));
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        return jdbc.sql(VIEW_SQL + " where u.username = :username").param("username", username)
                .query(this::toView).optional();
    }

    /** Enabled users holding any of these roles, for notifications and assignment. */
    @Transactional(readOnly = true)
    public List<UserView> withAnyRole(Set<Role> roles) {
        String[] names = roles.stream().map(Role::name).toArray(String[]::new);
        return jdbc.sql(VIEW_SQL + " where u.enabled and u.roles && :roles::text[] order by u.id")
                .param("roles", names).query(this::toView).list();
    }

    /** Enabled users of an agency, to ask or tell that agency something. */
    @Transactional(readOnly = true)
    public List<UserView> ofAgency(long agencyId) {
        return jdbc.sql(VIEW_SQL + " where u.enabled and u.agency_id = :agency order by u.id")
                .param("agency", agencyId).query(this::toView).list();
    }

    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional
    public long open(String username, String initialPassword, AccountDetails details) {
        String normalized = username.trim().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[a-z0-9._-]{3,40}")) {
            throw new BusinessRuleException(IdentityProblem.INVALID_USERNAME, "identity.username.invalid", "username");
        }
        if (accounts.findByUsername(normalized).isPresent()) {
            throw new DuplicateCodeException("username", normalized);
        }
        PasswordPolicy.check(normalized, initialPassword, "password");
        requireRoles(details);
        return Objects.requireNonNull(
                accounts.save(UserAccount.open(normalized, details, passwordEncoder.encode(initialPassword))).id());
    }

    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional
    public void update(long id, long expectedVersion, AccountDetails details) {
        UserAccount account = load(id);
        if (!Objects.equals(account.version(), expectedVersion)) {
            throw new StaleVersionException("user", id);
        }
        requireRoles(details);
        account.describe(details);
        accounts.save(account);
    }

    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount account = load(id);
        PasswordPolicy.check(account.username(), newPassword, "password");
        account.changePassword(passwordEncoder.encode(newPassword));
        accounts.save(account);
        jdbc.sql("delete from identity.login_attempt where username = :u").param("u", account.username()).update();
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @PreAuthorize(IdentityPolicy.SELF)
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new BusinessRuleException(IdentityProblem.WRONG_PASSWORD, "identity.password.currentWrong", "currentPassword");
        }
        if (currentPassword.equals(newPassword)) {
            throw new BusinessRuleException(IdentityProblem.WEAK_PASSWORD, "identity.password.unchanged", "newPassword");
        }
        PasswordPolicy.check(username, newPassword, "newPassword");
        account.changePassword(passwordEncoder.encode(newPassword));
        accounts.save(account);
    }

    /** Remembers the language the user chose for the pages, so what is written to them later is in it too. */
    @PreAuthorize(IdentityPolicy.SELF)
    @Transactional
    public void chooseLanguage(String username, Locale language) {
        accounts.findByUsername(username).filter(account -> account.prefer(language))
                .ifPresent(accounts::save);
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static void requireRoles(AccountDetails details) {
        if (details.roles().isEmpty()) {
            throw new BusinessRuleException(IdentityProblem.ROLES_REQUIRED, "identity.roles.required", "roles");
        }
    }

    private UserView toView(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Array array = rs.getArray("roles");
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        java.sql.Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new UserView(rs.getLong("id"), rs.getLong("version"), rs.getString("username"),
                rs.getString("full_name"), rs.getString("email"), rs.getString("phone"), rs.getLong("agency_id"),
                rs.getString("agency_name_vi"), roles, rs.getBoolean("enabled"),
                lockedUntil == null ? null : lockedUntil.toInstant(), Locale.forLanguageTag(rs.getString("language")));
    }
}
