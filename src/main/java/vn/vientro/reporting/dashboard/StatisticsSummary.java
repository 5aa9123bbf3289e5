package vn.vientro.reporting.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.RateUsed;
import vn.vientro.mobilisation.PipelineQueries;

/**
 * The headline figures of a period and filter, as the dashboard shows them and the statistics API answers them.
 * Money is approved aid's, by value date within the period, in VND and USD at each transaction's own rate.
 *
 * @param approvals       items approved within the period
 * @param activeDonors    donor organisations with approved aid money in the period
 * @param papersExpiring  registration papers in force expiring within 90 days; absent for who does not read papers
 * @param overdueReports  report duties past due and not submitted, today
 * @param overdueOpinions opinions asked on items under appraisal, past due and not given, today
 * @param openFindings    findings of concluded inspections with a recommendation still open
 * @param pipeline        catalogue needs, pledges of the period and those approved
 * @param rates           the exchange rates behind the foreign-currency money, per currency
 */
public record StatisticsSummary(String period, LocalDate from, LocalDate to, long items, BigDecimal committedVnd,
                                BigDecimal committedUsd, BigDecimal disbursedVnd, BigDecimal disbursedUsd,
                                BigDecimal spentVnd, BigDecimal spentUsd, BigDecimal counterpartVnd,
                                BigDecimal counterpartUsd, BigDecimal disbursementRate, long approvals,
                                long activeDonors, @Nullable Long papersExpiring, long overdueReports,
                                long overdueOpinions, long openFindings, PipelineQueries.Pipeline pipeline,
                                List<RateUsed> rates) {
}
