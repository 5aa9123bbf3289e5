package vn.vientro.registry;

import java.time.LocalDate;

/** A meeting, call, e-mail or visit with a contact was logged. */
public record InteractionRecorded(long contactId, long interactionId, LocalDate occurredOn) {
}
