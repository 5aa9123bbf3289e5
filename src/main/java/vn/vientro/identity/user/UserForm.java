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
import vn.vientro.shared.TextLength;

/** The user form as typed. The password is only used when opening an account or resetting it. */
public record UserForm(
        @Nullable Long version,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String username,
        String password,
        @NotBlank(message = "{identity.user.fullName.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String fullName,
        @Email(message = "{validation.email}") @Size(max = TextLength.EMAIL, message = "{validation.tooLong}")
        String email,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String phone,
        @NotNull(message = "{identity.user.agency.required}") @Nullable Long agencyId,
        Set<Role> roles,
        Boolean enabled) {

    public UserForm {
        username = text(username);
        password = text(password);
        fullName = text(fullName);
        email = text(email);
        phone = text(phone);
        enabled = enabled == null || enabled; // left out of the request: the default; unticked sends its marker
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static UserForm blank() {
        return new UserForm(null, "", "", "", "", "", null, EnumSet.noneOf(Role.class), true);
    }

    static UserForm of(UserView user) {
        return new UserForm(user.version(), user.username(), "", user.fullName(), user.email(), user.phone(),
                user.agencyId(), user.roles(), user.enabled());
    }

    UserForm withVersion(long stored) {
        return new UserForm(stored, username, password, fullName, email, phone, agencyId, roles, enabled);
    }

    /** The form to show again: a password typed is never sent back to the browser. */
    UserForm withoutPassword() {
        return new UserForm(version, username, "", fullName, email, phone, agencyId, roles, enabled);
    }

    AccountDetails toDetails() {
        return new AccountDetails(fullName, email, phone, java.util.Objects.requireNonNull(agencyId), roles, enabled);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
