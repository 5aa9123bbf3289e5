package vn.vientro.identity.user;

import vn.vientro.identity.IdentityProblem;
import vn.vientro.shared.BusinessRuleException;

/** A password long and varied enough to resist guessing (NIST SP 800-63B favours length over symbols). */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static void check(String username, String password, String field) {
        if (password.length() < MIN_LENGTH) {
            throw new BusinessRuleException(IdentityProblem.WEAK_PASSWORD, "identity.password.tooShort", field, MIN_LENGTH);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new BusinessRuleException(IdentityProblem.WEAK_PASSWORD, "identity.password.lettersAndDigits", field);
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new BusinessRuleException(IdentityProblem.WEAK_PASSWORD, "identity.password.containsUsername", field);
        }
    }
}
