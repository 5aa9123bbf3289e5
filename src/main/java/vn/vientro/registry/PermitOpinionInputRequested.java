package vn.vientro.registry;

import java.time.LocalDate;

/** An agency was asked for its input on the province's opinion, due on {@code dueOn}. */
public record PermitOpinionInputRequested(long opinionId, long agencyId, LocalDate dueOn) {
}
