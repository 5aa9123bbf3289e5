package vn.vientro.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A duty of a foreign NGO towards the province (Decree 58/2022 Art. 21): its implementation plan after a paper, its
 * annual report. Due dates as the registry computed them.
 *
 * @param kind        PLAN or ANNUAL_REPORT
 * @param periodStart the first day the duty covers (the paper's issue, or the report's data from 15 December before)
 * @param periodEnd   the last day it covers (the report's data to 14 December; the plan's due date)
 * @param doneOn      the day the plan or report was received, if it was
 * @param source      the rule's legal source
 * @param link        the registry page where it is recorded
 */
public record NgoDuty(String kind, long organisationId, String organisationName, @Nullable Long permitId,
                      @Nullable String permitNumber, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
                      @Nullable LocalDate doneOn, String source, String link) {

    public static final String PLAN = "PLAN";
    public static final String ANNUAL_REPORT = "ANNUAL_REPORT";
}
