package vn.vientro.identity.agency;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** From {@code effectiveOn}, {@code successorId} carries on the duties of {@code predecessorId}. */
@Table(schema = "identity", name = "agency_succession")
public record AgencySuccession(@Id @Nullable Long id, @Version @Nullable Long version, long successorId,
                               long predecessorId, LocalDate effectiveOn, @Nullable String legalBasis) {

    /** A decision's record; a blank legal basis means none was given. */
    public static AgencySuccession record(long successorId, long predecessorId, LocalDate effectiveOn,
                                          String legalBasis) {
        return new AgencySuccession(null, null, successorId, predecessorId, effectiveOn,
                legalBasis.isBlank() ? null : legalBasis.trim());
    }
}
