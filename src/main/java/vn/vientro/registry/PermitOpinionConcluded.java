package vn.vientro.registry;

/** The province's reply on an NGO's application was sent: the opinion is closed. */
public record PermitOpinionConcluded(long opinionId, long organisationId) {
}
