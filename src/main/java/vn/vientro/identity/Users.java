package vn.vientro.identity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.security.ThrottleCounters;
import vn.vientro.identity.security.TokenSignIns;
import vn.vientro.identity.user.PasswordPolicy;
import vn.vientro.identity.user.UserAccount;
import vn.vientro.identity.user.UserAccountRepository;
import vn.vientro.identity.user.UserQueries;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.Role;
import vn.vientro.shared.StaleVersionException;

/** Users and their roles; the directory other modules use to find who should be told or asked. */
@Service
public class Users {

    private final UserAccountRepository accounts;
    private final UserQueries queries;
    private final ThrottleCounters throttles;
    private final PasswordEncoder passwordEncoder;
    private final TokenSignIns tokenSignIns;

    Users(UserAccountRepository accounts, UserQueries queries, ThrottleCounters throttles,
          PasswordEncoder passwordEncoder, TokenSignIns tokenSignIns) {
        this.accounts = accounts;
        this.queries = queries;
        this.throttles = throttles;
        this.passwordEncoder = passwordEncoder;
        this.tokenSignIns = tokenSignIns;
    }

    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional(readOnly = true)
    public List<UserView> all() {
        return queries.all();
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        return queries.findByUsername(username);
    }

    /** Enabled users holding any of these roles, for notifications and assignment. */
    @Transactional(readOnly = true)
    public List<UserView> withAnyRole(Set<Role> roles) {
        return queries.withAnyRole(roles);
    }

    /** Enabled users of an agency, to ask or tell that agency something. */
    @Transactional(readOnly = true)
    public List<UserView> ofAgency(long agencyId) {
        return queries.ofAgency(agencyId);
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
        tokenSignIns.forgetWhenDone(); // the user's API tokens sign them in with the new roles, or not at all
    }

    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount account = load(id);
        PasswordPolicy.check(account.username(), newPassword, "password");
        account.changePassword(passwordEncoder.encode(newPassword));
        accounts.save(account);
        throttles.forget(account.username());
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
}
