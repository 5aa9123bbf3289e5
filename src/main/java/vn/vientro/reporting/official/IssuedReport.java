package vn.vientro.reporting.official;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A report as it was issued: its number and its figures, kept whole so it is reproduced exactly (the snapshot). */
@Table(schema = "reporting", name = "issued_report")
class IssuedReport {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final OfficialReport report;
    private final String periodCode;
    private final String number;
    private final LocalDate issuedOn;
    private final String issuedBy;
    private final Instant issuedAt;
    private final ReportDocument figures;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    IssuedReport(@Nullable Long id, @Nullable Long version, OfficialReport report, String periodCode, String number,
                 LocalDate issuedOn, String issuedBy, Instant issuedAt, ReportDocument figures) {
        this.id = id;
        this.version = version;
        this.report = report;
        this.periodCode = periodCode;
        this.number = number;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.figures = figures;
    }

    static IssuedReport of(ReportDocument document, String actor, Instant at) {
        return new IssuedReport(null, null, document.report(), document.periodCode(),
                Objects.requireNonNull(document.number(), "an issued report has a number"), document.asOf(), actor,
                at, document);
    }

    long id() {
        return Objects.requireNonNull(id, "an issued report has an id once saved");
    }

    long version() {
        return Objects.requireNonNull(version, "an issued report has a version once saved");
    }

    OfficialReport report() {
        return report;
    }

    String periodCode() {
        return periodCode;
    }

    String number() {
        return number;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    String issuedBy() {
        return issuedBy;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    ReportDocument figures() {
        return figures;
    }
}
