package vn.vientro.identity.agency;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** From {@code effectiveOn}, {@code successorId} carries on the duties of {@code predecessorId}. */
@Table(schema = "identity", name = "agency_succession")
public record AgencySuccession(@Id @Nullable Long id, long successorId, long predecessorId, LocalDate effectiveOn,
                        @Nullable String legalBasis) {
}
