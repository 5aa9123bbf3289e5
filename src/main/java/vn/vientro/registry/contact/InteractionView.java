package vn.vientro.registry.contact;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a contact's interaction log. */
public record InteractionView(long id, long contactId, InteractionKind kind, LocalDate occurredOn, String notes,
                              String recordedBy, Instant recordedAt) {
}
