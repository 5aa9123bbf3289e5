package vn.vientro.portal.procedures;

import java.time.MonthDay;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A procedure's page in one language: its text (sanitised HTML), the dossier's papers, its time limits, the NGOs'
 * duties (for that procedure only), the forms to download and its addresses.
 */
public record ProcedureView(ProcedureKind kind, String title, String summary, String bodyHtml, List<Paper> papers,
                            List<Limit> limits, @Nullable Duties duties, List<Form> forms, String url, String viUrl,
                            String enUrl) {

    /** A paper of the dossier, named in the page's language. */
    public record Paper(String name, List<String> kindKeys, boolean withSubmission, boolean someDonorsExempt,
                        String source) {
    }

    /** A time limit: what it is for (a message key), how long, in what unit (a message key), its legal source. */
    public record Limit(String labelKey, int amount, String unitKey, String source) {
    }

    /** A registered NGO's duties: its plan within so many working days, its annual report by a day of the year. */
    public record Duties(int planWorkingDays, String planSource, MonthDay annualReportBy, String annualReportSource) {

        public String annualReportDay() {
            return "%02d/%02d".formatted(annualReportBy.getDayOfMonth(), annualReportBy.getMonthValue());
        }
    }

    /** A form to download. */
    public record Form(long id, String title, String fileName, String url) {
    }
}
