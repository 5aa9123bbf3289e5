package vn.vientro.registry;

/** An asked agency's input was recorded, by its own staff or by the focal point from a written reply. */
public record PermitOpinionInputGiven(long opinionId, long inputId, long agencyId, String recordedBy) {
}
