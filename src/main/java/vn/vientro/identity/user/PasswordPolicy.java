package vn.vientro.identity.user;

import vn.vientro.identity.IdentityProblem;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;

/** A password long and varied enough to resist guessing (NIST SP 800-63B favours length over symbols). */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static void check(String username, String password, String field) {
        if (password.length() < MIN_LENGTH) {
            throw new BusinessRuleException(IdentityProblem.WEAK_PASSWORD, "identity.password.tooShort", field, MIN_LENGTH);
        }
        // bcrypt reads the first 72 bytes only (Spring refuses more): a longer one would not be the password checked
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException(field, "identity.password.tooLong", MAX_BYTES);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new BusinessRuleException(IdentityProblem.WEAK_PASSWORD, "identity.password.lettersAndDigits", field);
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new BusinessRuleException(IdentityProblem.WEAK_PASSWORD, "identity.password.containsUsername", field);
        }
    }
}
