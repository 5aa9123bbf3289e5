package vn.vientro.identity;

import vn.vientro.shared.ProblemType;

/** The identity module's problems: accounts, passwords, roles and agencies. */
public enum IdentityProblem implements ProblemType {
    /** The new password does not meet the password policy. */
    WEAK_PASSWORD(Kind.INVALID_INPUT),
    /** The current password given to change it is not the user's. */
    WRONG_PASSWORD(Kind.INVALID_INPUT),
    /** A user needs at least one role. */
    ROLES_REQUIRED(Kind.INVALID_INPUT),
    /** A username is lower-case letters, digits, dots, hyphens and underscores. */
    INVALID_USERNAME(Kind.INVALID_INPUT),
    /** An agency cannot succeed itself, twice, or in a cycle. */
    SUCCESSION_INVALID(Kind.CONFLICT);

    private final Kind kind;

    IdentityProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
