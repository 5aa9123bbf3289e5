package vn.vientro.aid.closing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A closed reporting period as written: one row, created once (a period is never reopened). */
@Table(schema = "aid", name = "closed_period")
public class PeriodClose {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final String code;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final String closedBy;
    private final Instant closedAt;

    @PersistenceCreator
    PeriodClose(@Nullable Long id, @Nullable Long version, String code, LocalDate firstDay, LocalDate lastDay,
                String closedBy, Instant closedAt) {
        this.id = id;
        this.version = version;
        this.code = code;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    public static PeriodClose of(String code, LocalDate firstDay, LocalDate lastDay, String actor, Instant at) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("closed period ends before it starts");
        }
        return new PeriodClose(null, null, code, firstDay, lastDay, actor, at);
    }

    public long id() {
        return Objects.requireNonNull(id, "a closed period has an id once saved");
    }
}
