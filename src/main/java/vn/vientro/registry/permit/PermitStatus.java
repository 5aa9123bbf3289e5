package vn.vientro.registry.permit;

/** Recorded status of a paper; "expired" is not stored but derived from the end of validity. */
public enum PermitStatus {
    VALID,
    SUSPENDED,
    REVOKED,
    REPLACED
}
