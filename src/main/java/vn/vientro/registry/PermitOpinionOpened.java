package vn.vientro.registry;

import java.time.LocalDate;

/** The ministry asked the province's opinion on an NGO's application; the reply is due on {@code dueOn}. */
public record PermitOpinionOpened(long opinionId, long organisationId, LocalDate dueOn) {
}
