package vn.vientro.interchange;

import vn.vientro.shared.ProblemType;

/** The interchange module's problems: what the IATI import refuses. */
public enum InterchangeProblem implements ProblemType {
    /** The uploaded file cannot be read as an IATI 2.0x activity file at all (too big, a DTD, version 1, ...). */
    IATI_FILE_REFUSED(Kind.INVALID_INPUT),
    /** The same file is already being imported, or the job's state does not allow the step. */
    IATI_IMPORT_BUSY(Kind.CONFLICT);

    private final Kind kind;

    InterchangeProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
