package vn.vientro.reference;

import vn.vientro.shared.ProblemType;

/** The reference data's problems: calendar, exchange rates, sectors and priority fields. */
public enum ReferenceProblem implements ProblemType {
    /** A date, or a walk of working days, outside the years the calendar covers (1900–2100): bad input. */
    CALENDAR_RANGE(Kind.INVALID_INPUT),
    /** A calendar change that contradicts the day it changes (a working day made working). */
    CALENDAR_OVERRIDE(Kind.CONFLICT),
    /** No exchange rate is recorded for the currency on or before the day. */
    EXCHANGE_RATE_MISSING(Kind.CONFLICT),
    /** The uploaded exchange-rate file cannot be read. */
    RATE_FILE_REFUSED(Kind.INVALID_INPUT),
    /** A DAC sector code that is not in the codelist. */
    UNKNOWN_SECTOR(Kind.INVALID_INPUT);

    private final Kind kind;

    ReferenceProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
