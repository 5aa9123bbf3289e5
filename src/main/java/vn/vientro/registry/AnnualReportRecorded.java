package vn.vientro.registry;

import java.time.LocalDate;

/** An NGO's annual report for a year was received (recorded again: its date corrected). */
public record AnnualReportRecorded(long organisationId, int year, LocalDate receivedOn) {
}
