package vn.vientro.registry;

/** What happened to a registration paper after it was recorded (Decree 58/2022 Art. 16–19). */
public enum PermitChange {
    EXTENDED,
    AMENDED,
    SUSPENDED,
    REINSTATED,
    REVOKED,
    PLAN_RECEIVED
}
