package vn.vientro.registry.permit;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.vientro.registry.PermitKind;

/**
 * Time limits from the law on foreign NGOs, kept in configuration with their legal source so that a new decree
 * needs no code change.
 *
 * @param maxValidityYears       longest validity per kind of paper (0 = no limit)
 * @param validitySource         legal source of those limits
 * @param issuingBody            the body that issues registration papers: proposed for a new paper, taken when none
 *                               is given
 * @param planDueWorkingDays     the NGO's implementation plan is due this many working days after a paper is
 *                               issued, extended or amended
 * @param planSource             legal source of that duty
 * @param annualReportDueMonth   month of the day the NGO's annual report is due
 * @param annualReportDueDay     day of that month
 * @param annualReportSource     legal source of that duty
 * @param expiryWarningDays      how long before expiry the focal points are warned, one notice per threshold
 * @param opinion                time limits of the province's opinion on an NGO's application
 */
@ConfigurationProperties("vientro.registry")
public record RegistryRules(
        Map<PermitKind, Integer> maxValidityYears,
        String validitySource,
        String issuingBody,
        @DefaultValue("45") int planDueWorkingDays,
        String planSource,
        @DefaultValue("12") int annualReportDueMonth,
        @DefaultValue("18") int annualReportDueDay,
        String annualReportSource,
        @DefaultValue({"90", "60", "30"}) List<Integer> expiryWarningDays,
        @DefaultValue OpinionRules opinion) {

    /**
     * Time limits of the province's opinion on an NGO's application.
     *
     * @param replyWorkingDays     from the ministry's request to the province's reply
     * @param inputWorkingDays     for each agency asked for its input
     * @param silenceMeansConsent  an agency that does not answer in time is taken to agree
     */
    public record OpinionRules(@DefaultValue("15") int replyWorkingDays, @DefaultValue("7") int inputWorkingDays,
                               @DefaultValue("true") boolean silenceMeansConsent, String source) {
    }

    public int maxYears(PermitKind kind) {
        return maxValidityYears == null ? 0 : maxValidityYears.getOrDefault(kind, 0);
    }

    public MonthDay annualReportDue() {
        return MonthDay.of(annualReportDueMonth, annualReportDueDay);
    }
}
