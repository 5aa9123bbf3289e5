package vn.vientro.aid;

import java.time.YearMonth;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which approved aid and which months statistics cover. Items count once approved (never a draft, a dossier under
 * appraisal or a refused one); money counts by its value date, from the first day of {@code from} to the last of
 * {@code to}. A sector or commune filter takes only that part of each item's money.
 *
 * @param sector       a DAC code or its prefix (a 3-digit category)
 * @param donorIds     the donors to keep (the reading module turns a donor country into ids); null keeps all
 * @param agencyId     only items this agency owns, governs, partners or was consulted on (what its staff may read)
 * @param publicOnly   only items the public portal publishes with their money: approved at some point, their summary
 *                     and their money groups public (the portal's figures)
 */
public record StatisticsFilter(YearMonth from, YearMonth to, @Nullable String priorityField, @Nullable String sector,
                               @Nullable String commune, @Nullable Set<Long> donorIds, @Nullable AidKind kind,
                               @Nullable AidStatus status, @Nullable Long agencyId, boolean publicOnly) {

    public StatisticsFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statistics period ends before it starts");
        }
        donorIds = donorIds == null ? null : Set.copyOf(donorIds);
    }

    /** All approved aid of the months from {@code from} to {@code to}. */
    public static StatisticsFilter of(YearMonth from, YearMonth to) {
        return new StatisticsFilter(from, to, null, null, null, null, null, null, null, false);
    }

    /** The same filter over other months. */
    public StatisticsFilter withMonths(YearMonth first, YearMonth last) {
        return new StatisticsFilter(first, last, priorityField, sector, commune, donorIds, kind, status, agencyId,
                publicOnly);
    }

    public StatisticsFilter withPriorityField(@Nullable String value) {
        return new StatisticsFilter(from, to, value, sector, commune, donorIds, kind, status, agencyId, publicOnly);
    }

    public StatisticsFilter withSector(@Nullable String value) {
        return new StatisticsFilter(from, to, priorityField, value, commune, donorIds, kind, status, agencyId,
                publicOnly);
    }

    public StatisticsFilter withCommune(@Nullable String value) {
        return new StatisticsFilter(from, to, priorityField, sector, value, donorIds, kind, status, agencyId,
                publicOnly);
    }

    public StatisticsFilter withDonors(@Nullable Set<Long> value) {
        return new StatisticsFilter(from, to, priorityField, sector, commune, value, kind, status, agencyId,
                publicOnly);
    }

    public StatisticsFilter withKind(@Nullable AidKind value) {
        return new StatisticsFilter(from, to, priorityField, sector, commune, donorIds, value, status, agencyId,
                publicOnly);
    }

    public StatisticsFilter withStatus(@Nullable AidStatus value) {
        return new StatisticsFilter(from, to, priorityField, sector, commune, donorIds, kind, value, agencyId,
                publicOnly);
    }

    public StatisticsFilter withAgency(@Nullable Long value) {
        return new StatisticsFilter(from, to, priorityField, sector, commune, donorIds, kind, status, value,
                publicOnly);
    }

    /** The same filter on what the public may see (see {@code publicOnly}). */
    public StatisticsFilter publishedOnly() {
        return new StatisticsFilter(from, to, priorityField, sector, commune, donorIds, kind, status, agencyId, true);
    }
}
