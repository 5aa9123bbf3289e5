package vn.vientro.aid.amendment;

/** Why a version of an item's description was taken. */
public enum VersionCause {
    /** The description the approval decision approved. */
    APPROVAL,
    /** A substantive change approved by the original approver. */
    AMENDMENT,
    /** A change the managing agency or aid owner may make alone (Decree 80/2020 Art. 16). */
    MINOR_CHANGE
}
