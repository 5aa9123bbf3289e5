package vn.vientro.registry;

import vn.vientro.shared.ProblemType;

/** The registry's problems: what the rules for organisations, papers, contacts and imports refuse. */
public enum RegistryProblem implements ProblemType {
    /** An organisation with a similar name or identifier is already registered. */
    POSSIBLE_DUPLICATE(Kind.CONFLICT),
    /** A registration paper's state does not allow the move (suspend, reinstate, end). */
    PERMIT_MOVE_REFUSED(Kind.CONFLICT),
    /** The uploaded list cannot be read as a spreadsheet of organisations. */
    IMPORT_FILE_REFUSED(Kind.INVALID_INPUT);

    private final Kind kind;

    RegistryProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
