package vn.vientro.reference.calendar;

/** What an administrator's override makes of a day, whatever the computed calendar says. */
public enum OverrideKind {
    /** A day off announced by the government (Tết days fixed by the Prime Minister, a bridge day). */
    DAY_OFF,
    /** A weekly rest day or holiday worked instead (a swapped Saturday). */
    WORKING_DAY
}
