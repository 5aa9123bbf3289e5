package vn.vientro.identity.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.identity.AccountDetails;
import vn.vientro.identity.UserView;
import vn.vientro.shared.Role;

/** The user form as typed. The password is only used when opening an account or resetting it. */
public class UserForm {

    private @Nullable Long version;
    private String username = "";
    private String password = "";
    @NotBlank(message = "{identity.user.fullName.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String fullName = "";
    @Email(message = "{validation.email}")
    private String email = "";
    @Size(max = 40, message = "{validation.tooLong}")
    private String phone = "";
    @NotNull(message = "{identity.user.agency.required}")
    private @Nullable Long agencyId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.version = user.version();
        form.username = user.username();
        form.fullName = user.fullName();
        form.email = user.email() == null ? "" : user.email();
        form.phone = user.phone() == null ? "" : user.phone();
        form.agencyId = user.agencyId();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.enabled = user.enabled();
        return form;
    }

    AccountDetails toDetails() {
        return new AccountDetails(fullName, email, phone, java.util.Objects.requireNonNull(agencyId), roles, enabled);
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public @Nullable Long getAgencyId() { return agencyId; }
    public void setAgencyId(@Nullable Long agencyId) { this.agencyId = agencyId; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(@Nullable Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
