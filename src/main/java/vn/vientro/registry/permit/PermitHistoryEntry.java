package vn.vientro.registry.permit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What happened to a paper and by which document: recorded, extended, amended, suspended, reinstated, revoked, its
 * plan received. The history only grows: an entry is written once and never changed (so it has no version), and it
 * stays outside the paper aggregate, whose every save would otherwise delete and write again the whole history. The
 * database stamps the time.
 */
@Table(schema = "registry", name = "permit_event")
class PermitHistoryEntry {

    @Id
    private @Nullable Long id;
    private final long permit;
    private final String action;
    private final @Nullable String decisionNumber;
    private final @Nullable LocalDate decisionDate;
    private final @Nullable LocalDate validUntilBefore;
    private final @Nullable LocalDate validUntilAfter;
    private final @Nullable String note;
    private final String actor;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    PermitHistoryEntry(@Nullable Long id, long permit, String action, @Nullable String decisionNumber,
                       @Nullable LocalDate decisionDate, @Nullable LocalDate validUntilBefore,
                       @Nullable LocalDate validUntilAfter, @Nullable String note, String actor) {
        this.id = id;
        this.permit = permit;
        this.action = action;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.validUntilBefore = validUntilBefore;
        this.validUntilAfter = validUntilAfter;
        this.note = note;
        this.actor = actor;
    }

    /** An entry for a decision (or a plan received) on the paper, made by {@code actor}. */
    static PermitHistoryEntry of(long permit, String action, Decision decision, @Nullable LocalDate before,
                                 @Nullable LocalDate after, String actor) {
        String number = decision.number() == null || decision.number().isBlank() ? null : decision.number().trim();
        return new PermitHistoryEntry(null, permit, action, number, decision.date(), before, after, decision.note(),
                actor);
    }
}
