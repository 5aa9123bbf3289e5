package vn.vientro.registry;

import java.time.LocalDate;

/**
 * An agency was asked for its input on the province's opinion, due on {@code dueOn}; a security agency's input is
 * confidential.
 */
public record PermitOpinionInputRequested(long opinionId, long agencyId, LocalDate dueOn, boolean confidential) {
}
