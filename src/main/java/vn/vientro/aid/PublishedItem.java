package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An approved aid item as the public may see it: only the fields and lists of the groups the focal point opened
 * (DOMAIN.md §10), the description's fields by their IATI 2.03 path as the item's field catalogue declares them.
 *
 * @param iatiIdentifier the activity's identifier as the donor publishes it, if recorded
 * @param fields         the public fields with an IATI path and a value, in the catalogue's order
 * @param flows          the aid money given, received or spent, if the money is public
 * @param plannedDisbursements the aid money planned by date (an imported activity's budget lines among them), if
 *                       the money is public
 * @param priorityField  the province's priority field (a code), if the summary is public
 * @param valueVnd       the total value's VND equivalent, if the value is public and it was converted
 * @param valueUsd       the total value's USD equivalent, likewise
 */
public record PublishedItem(long id, String code, AidStatus status, @Nullable String iatiIdentifier,
                            List<IatiField> fields, @Nullable LocalDate actualStart, @Nullable LocalDate actualEnd,
                            @Nullable LocalDate approvedOn, Instant updatedAt, List<Sector> sectors,
                            List<Place> places, List<Partner> partners, List<Flow> flows,
                            List<PlannedDisbursement> plannedDisbursements, List<Result> results,
                            @Nullable String priorityField, @Nullable BigDecimal valueVnd,
                            @Nullable BigDecimal valueUsd) {

    /** What a field's value is: a text, a date, an amount, a code, or the id of an organisation or agency. */
    public enum ValueKind {
        TEXT, DATE, AMOUNT, CODE, ORGANISATION, AGENCY
    }

    /** One public field: its IATI path (such as {@code title/narrative[@xml:lang='vi']}) and its value. */
    public record IatiField(String path, ValueKind kind, Object value) {
    }

    /** A DAC sector code and its share in percent. */
    public record Sector(String code, BigDecimal percent) {
    }

    /** A current commune (official code) and its share in percent. */
    public record Place(String communeCode, BigDecimal percent) {
    }

    /**
     * Another party (co-donor, local partner, project management unit).
     *
     * @param iatiRole its IATI OrganisationRole code
     */
    public record Partner(String iatiRole, @Nullable Long organisationId, @Nullable Long agencyId, String name) {
    }

    /**
     * Aid money given, received or spent (never the counterpart funds).
     *
     * @param iatiType  its IATI TransactionType code: 2 commitment, 3 disbursement, 4 expenditure
     * @param amountVnd its VND equivalent at the rate applied when recorded
     * @param amountUsd its USD equivalent likewise
     */
    public record Flow(String iatiType, LocalDate valueDate, BigDecimal amount, String currency, BigDecimal amountVnd,
                       BigDecimal amountUsd) {
    }

    /** Aid money planned for a date: IATI's {@code planned-disbursement}, apart from the transactions. */
    public record PlannedDisbursement(LocalDate valueDate, BigDecimal amount, String currency) {
    }

    /** A result of the framework, with its IATI ResultType code. */
    public record Result(String iatiType, String titleVi, @Nullable String titleEn, @Nullable String description,
                         List<Indicator> indicators) {
    }

    /** An indicator, with its IATI IndicatorMeasure code and its baseline if recorded. */
    public record Indicator(String iatiMeasure, String titleVi, @Nullable String titleEn, boolean ascending,
                            @Nullable Integer baselineYear, @Nullable BigDecimal baselineValue,
                            List<Period> periods) {
    }

    /** A reporting period's target and actual value. */
    public record Period(LocalDate start, LocalDate end, @Nullable BigDecimal target, @Nullable BigDecimal actual) {
    }

    /** The value of the field at a path, if public. */
    public @Nullable Object value(String path) {
        return fields.stream().filter(field -> field.path().equals(path)).map(IatiField::value).findFirst()
                .orElse(null);
    }
}
