package vn.vientro.registry.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** The NGO's annual report for one year, as received; part of its organisation, keyed by the year. */
@Table(schema = "registry", name = "annual_report")
class AnnualReport {

    private final LocalDate receivedOn;
    private final @Nullable String note;

    AnnualReport(LocalDate receivedOn, @Nullable String note) {
        this.receivedOn = receivedOn;
        this.note = note;
    }

    AnnualReport receivedOn(LocalDate date) {
        return new AnnualReport(date, note);
    }
}
