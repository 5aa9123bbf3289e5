package vn.vientro.identity.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.identity.AccountDetails;
import vn.vientro.shared.Role;

/** A person who signs in, belonging to one agency, with one or more roles. */
@Table(schema = "identity", name = "user_account")
public class UserAccount {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private String username;
    private String fullName;
    private @Nullable String email;
    private @Nullable String phone;
    private long agencyId;
    private String passwordHash;
    private Set<String> roles;
    private boolean enabled;
    private @Nullable Instant passwordChangedAt;
    private Instant createdAt;
    private String language = "vi";

    @PersistenceCreator
    UserAccount(@Nullable Long id, @Nullable Long version, String username, String fullName, @Nullable String email,
                @Nullable String phone, long agencyId, String passwordHash, Set<String> roles, boolean enabled,
                @Nullable Instant passwordChangedAt, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.agencyId = agencyId;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
        this.enabled = enabled;
        this.passwordChangedAt = passwordChangedAt;
        this.createdAt = createdAt;
    }

    public static UserAccount open(String username, AccountDetails details, String passwordHash) {
        UserAccount account = new UserAccount(null, null, username.trim().toLowerCase(java.util.Locale.ROOT),
                details.fullName(), null, null, details.agencyId(), passwordHash, Set.of(), true, Instant.now(),
                Instant.now());
        account.describe(details);
        return account;
    }

    public void describe(AccountDetails details) {
        this.fullName = details.fullName().trim();
        this.email = details.email() == null || details.email().isBlank() ? null : details.email().trim();
        this.phone = details.phone() == null || details.phone().isBlank() ? null : details.phone().trim();
        this.agencyId = details.agencyId();
        this.roles = details.roles().stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
        this.enabled = details.enabled();
    }

    /** @return whether the choice changed anything (Vietnamese unless English is chosen) */
    public boolean prefer(java.util.Locale chosen) {
        String code = "en".equals(chosen.getLanguage()) ? "en" : "vi";
        boolean changed = !code.equals(language);
        language = code;
        return changed;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
    }

    public @Nullable Long id() {
        return id;
    }

    public @Nullable Long version() {
        return version;
    }

    public String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }

    @Nullable String email() {
        return email;
    }

    long agencyId() {
        return agencyId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(role -> result.add(Role.valueOf(role)));
        return result;
    }

    boolean enabled() {
        return enabled;
    }
}
