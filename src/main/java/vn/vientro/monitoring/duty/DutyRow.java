package vn.vientro.monitoring.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.monitoring.DutyKind;

/**
 * One line of the list of duties, whichever module keeps it: a report generated from an aid item, a results-framework
 * period, a foreign NGO's plan or annual report.
 *
 * @param id            the duty's, the period's or the paper's number in the module that keeps it
 * @param responsible   OWNER, MANAGING_AGENCY or NGO
 * @param recipients    the parties that receive it (MANAGING_AGENCY, FOCAL_POINT, FINANCE)
 * @param doneOn        the day it was submitted, reported or received
 * @param daysUntilDue  days from today to the due date (0 when due today or late)
 * @param daysLate      days since the due date, when it is overdue
 * @param legalSource   the rule's legal source
 * @param link          the page where the duty's subject is
 * @param review        where the aid owner's report stands (SUBMITTED, ACCEPTED, RETURNED), for a generated duty
 * @param reportLink    the page of the aid owner's report, for a generated duty
 */
public record DutyRow(DutyKind kind, long id, @Nullable Long itemId, @Nullable String itemCode,
                      @Nullable String itemNameVi, @Nullable String itemNameEn, @Nullable Long organisationId,
                      @Nullable String organisationName, @Nullable Long ownerAgencyId,
                      @Nullable Long managingAgencyId, String responsible, List<String> recipients,
                      LocalDate periodStart, LocalDate periodEnd, LocalDate cutOff, LocalDate dueOn,
                      @Nullable LocalDate doneOn, DutyStatus status, long daysUntilDue, long daysLate,
                      @Nullable String detail, String legalSource, String link,
                      @Nullable String review, @Nullable String reportLink) {

    /** The item's name in the reader's language, or the organisation's name for an NGO's duty. */
    public @Nullable String subject(Locale locale) {
        if (itemCode == null) {
            return organisationName;
        }
        return "en".equals(locale.getLanguage()) && itemNameEn != null ? itemNameEn : itemNameVi;
    }
}
