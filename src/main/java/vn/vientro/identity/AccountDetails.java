package vn.vientro.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Role;
import vn.vientro.shared.TextLength;

/** What an administrator states about a user. */
public record AccountDetails(String fullName, @Nullable String email, @Nullable String phone, long agencyId,
                          Set<Role> roles, boolean enabled) {

    public AccountDetails {
        TextLength.require("fullName", fullName, TextLength.NAME);
        TextLength.require("email", email, TextLength.EMAIL);
        TextLength.require("phone", phone, TextLength.CODE);
    }
}
