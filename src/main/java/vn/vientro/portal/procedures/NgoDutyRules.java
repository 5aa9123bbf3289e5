package vn.vientro.portal.procedures;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A registered foreign NGO's duties the procedure page states, read from the registry's own configuration (the same
 * keys its permits and the monitoring of NGO reports use), each with its legal source.
 *
 * @param planDueWorkingDays   the NGO sends its plan of work within this many working days of its registration
 * @param annualReportDueMonth with {@code annualReportDueDay}, the day of each year its annual report is due by
 */
@ConfigurationProperties("vientro.registry")
record NgoDutyRules(int planDueWorkingDays, String planSource, int annualReportDueMonth, int annualReportDueDay,
                    String annualReportSource) {
}
