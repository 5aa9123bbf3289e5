package vn.vientro.aid.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.LegalBasis;

/** A decision of the competent authority on an item, as recorded. */
public record DecisionView(long id, String kind, @Nullable String number, LocalDate signedOn, @Nullable String signer,
                           String authority, LegalBasis legalBasis, @Nullable String reason,
                           @Nullable String overrideReason, @Nullable Long scanFileId, String recordedBy,
                           Instant recordedAt) {
}
