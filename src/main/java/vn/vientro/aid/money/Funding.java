package vn.vientro.aid.money;

/** Whose money a transaction is: the donor's aid, or the Vietnamese side's counterpart funds (vốn đối ứng). */
public enum Funding {
    AID,
    COUNTERPART
}
