package vn.vientro.monitoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidReportingQueries;
import vn.vientro.aid.ItemSuspension;
import vn.vientro.aid.ReportingBasis;
import vn.vientro.aid.ResultsReportDue;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.registry.NgoDuty;
import vn.vientro.registry.NgoDutyQueries;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;

/**
 * The compliance scorecards of the foreign NGOs and the aid owners (issue 16, point 7), computed when read, year by
 * year, from the duties (generated ones, the results framework's periods, the NGOs' plans and annual reports), the
 * concluded inspections and the suspensions of aid items; scored by {@link ScoreRules}. Who reads which,
 * {@link MonitoringPolicy} says.
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    /** How many years the trend shows, the current one last. */
    public static final int TREND_YEARS = 5;
    /** The earliest year one may ask for. */
    static final int FIRST_YEAR = 2000;

    /** The orders of the ranking: by score, best first (the default), worst first, or by name. */
    public static final String BY_SCORE = "score";
    public static final String BY_SCORE_ASCENDING = "score-asc";
    public static final String BY_NAME = "name";

    private final ScorecardQueries queries;
    private final AidReportingQueries aid;
    private final NgoDutyQueries ngoDuties;
    private final Registry registry;
    private final Agencies agencies;
    private final MonitoringPolicy policy;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Scorecards(ScorecardQueries queries, AidReportingQueries aid, NgoDutyQueries ngoDuties, Registry registry,
               Agencies agencies, MonitoringPolicy policy, Clock clock) {
        this.queries = queries;
        this.aid = aid;
        this.ngoDuties = ngoDuties;
        this.registry = registry;
        this.agencies = agencies;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The ranking of one year (the current one if none), of one kind or both; an officer's holds only their agency
     * among the aid owners.
     */
    @PreAuthorize(MonitoringPolicy.LIST_SCORECARDS)
    public Ranking ranking(@Nullable Integer year, @Nullable ScorecardKind kind, @Nullable String sort) {
        LocalDate today = LocalDate.now(clock);
        int chosen = year == null ? today.getYear() : year;
        if (chosen < FIRST_YEAR || chosen > today.getYear()) {
            throw new InvalidInputException("year", "monitoring.scorecard.year.range", FIRST_YEAR, today.getYear());
        }
        Comparator<Scorecard> order = order(sort);
        int firstTrendYear = today.getYear() - TREND_YEARS + 1;
        Counted counted = count(Math.min(chosen, firstTrendYear), today, null, null);
        OptionalLong scope = policy.scorecardScope();
        List<Scorecard> ngos = kind == ScorecardKind.OWNER ? List.of() : counted.cards(ScorecardKind.NGO);
        List<Scorecard> owners = kind == ScorecardKind.NGO ? List.of() : counted.cards(ScorecardKind.OWNER).stream()
                .filter(card -> scope.isEmpty() || card.subjectId() == scope.getAsLong()).toList();
        List<Ranking.TrendPoint> trend = IntStream.rangeClosed(firstTrendYear, today.getYear())
                .mapToObj(each -> new Ranking.TrendPoint(each, average(ngos, each), count(ngos, each),
                        average(owners, each), count(owners, each))).toList();
        return new Ranking(chosen, IntStream.rangeClosed(firstTrendYear, today.getYear()).boxed().toList(),
                ngos.stream().filter(card -> card.year() == chosen).sorted(order).toList(),
                owners.stream().filter(card -> card.year() == chosen).sorted(order).toList(), trend);
    }

    /**
     * One NGO's ({@code kind} {@code ngo}) or aid owner's ({@code owner}) scorecards over the trend's years; an
     * unknown kind is refused, an unknown subject is not found.
     */
    @PreAuthorize(MonitoringPolicy.READ_SCORECARD)
    public ScorecardHistory card(String kind, long id) {
        ScorecardKind parsed = ScorecardKind.parse(kind, "kind");
        String name = parsed == ScorecardKind.NGO
                ? registry.find(id).map(OrganisationRef::name).orElseThrow(() -> new NotFoundException("organisation", id))
                : agencies.find(id).map(agency -> agency.name(LocaleContextHolder.getLocale()))
                .orElseThrow(() -> new NotFoundException("agency", id));
        LocalDate today = LocalDate.now(clock);
        List<Scorecard> years = count(today.getYear() - TREND_YEARS + 1, today, parsed, id).cards(parsed).stream()
                .filter(card -> card.subjectId() == id).sorted(Comparator.comparingInt(Scorecard::year)).toList();
        return new ScorecardHistory(parsed, id, name, years);
    }

    /**
     * Everything counted from 1 January of {@code fromYear} to the end of the current year: of every subject, or only
     * of one kind's subject if given (one card's page reads that subject's duties alone).
     */
    private Counted count(int fromYear, LocalDate today, @Nullable ScorecardKind onlyKind, @Nullable Long only) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        LocalDate to = LocalDate.of(today.getYear(), 12, 31);
        Counted counted = new Counted();
        if (onlyKind != ScorecardKind.NGO) {
            Long agency = onlyKind == ScorecardKind.OWNER ? only : null;
            for (ScorecardQueries.DutyYear duties : queries.duties(from, to, today, agency)) {
                counted.of(ScorecardKind.OWNER, duties.agencyId(), duties.year())
                        .reports(duties.due(), duties.onTime(), duties.daysLate());
            }
            for (ResultsReportDue period : aid.resultsReports(null, agency, from, to)) {
                if (agency == null || period.ownerAgencyId() == agency) {
                    counted.of(ScorecardKind.OWNER, period.ownerAgencyId(), period.reportDue().getYear())
                            .report(period.reportDue(), period.reportedOn(), today);
                }
            }
        }
        if (onlyKind != ScorecardKind.OWNER) {
            for (NgoDuty duty : ngoDuties.duties(onlyKind == ScorecardKind.NGO ? only : null, from, to)) {
                counted.of(ScorecardKind.NGO, duty.organisationId(), duty.dueOn())
                        .report(duty.dueOn(), duty.doneOn(), today);
            }
        }
        Map<Long, Optional<Long>> donors = new HashMap<>();
        for (ScorecardQueries.InspectionFact inspection : queries.concludedInspections(from, to)) {
            if (inspection.ownerAgencyId() != null) {
                counted.of(ScorecardKind.OWNER, inspection.ownerAgencyId(), inspection.concludedOn())
                        .inspection(inspection.findings(), inspection.openFindings());
            }
            ngoOf(inspection.organisationId(), inspection.itemId(), donors).ifPresent(ngo -> counted
                    .of(ScorecardKind.NGO, ngo, inspection.concludedOn())
                    .inspection(inspection.findings(), inspection.openFindings()));
        }
        for (ScorecardQueries.OverdueFact overdue : queries.overdueRecommendations(from, to, today)) {
            counted.of(ScorecardKind.OWNER, overdue.agencyId(), overdue.deadline()).overdueRecommendation();
            ngoOf(overdue.organisationId(), overdue.itemId(), donors).ifPresent(ngo -> counted
                    .of(ScorecardKind.NGO, ngo, overdue.deadline()).overdueRecommendation());
        }
        for (ItemSuspension suspension : aid.suspensions(from, to)) {
            counted.of(ScorecardKind.OWNER, suspension.ownerAgencyId(), suspension.suspendedOn()).suspension();
            counted.of(ScorecardKind.NGO, suspension.donorId(), suspension.suspendedOn()).suspension();
        }
        return counted;
    }

    /** The NGO an inspection concerns: the organisation inspected, or the donor of the item inspected. */
    private Optional<Long> ngoOf(@Nullable Long organisationId, @Nullable Long itemId,
                                 Map<Long, Optional<Long>> donors) {
        if (organisationId != null) {
            return Optional.of(organisationId);
        }
        if (itemId == null) {
            return Optional.empty();
        }
        return donors.computeIfAbsent(itemId, item -> aid.basis(item).map(ReportingBasis::donorId));
    }

    private Comparator<Scorecard> order(@Nullable String sort) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<Scorecard> byName = Comparator.comparing(Scorecard::subjectName, collator);
        if (sort == null || sort.isEmpty() || BY_SCORE.equals(sort)) {
            return Comparator.comparingInt(Scorecard::score).reversed().thenComparing(byName);
        }
        if (BY_SCORE_ASCENDING.equals(sort)) {
            return Comparator.comparingInt(Scorecard::score).thenComparing(byName);
        }
        if (BY_NAME.equals(sort)) {
            return byName;
        }
        throw new InvalidInputException("sort", "monitoring.scorecard.sort.unknown");
    }

    private static @Nullable BigDecimal average(List<Scorecard> cards, int year) {
        List<Scorecard> ofYear = cards.stream().filter(card -> card.year() == year).toList();
        if (ofYear.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(ofYear.stream().mapToLong(Scorecard::score).sum())
                .divide(BigDecimal.valueOf(ofYear.size()), 1, RoundingMode.HALF_UP);
    }

    private static int count(List<Scorecard> cards, int year) {
        return (int) cards.stream().filter(card -> card.year() == year).count();
    }

    /** The tallies by kind, subject and year, then named as cards. */
    private final class Counted {

        private final Map<ScorecardKind, Map<Long, Map<Integer, Tally>>> tallies = new HashMap<>();

        Tally of(ScorecardKind kind, long subject, LocalDate day) {
            return of(kind, subject, day.getYear());
        }

        Tally of(ScorecardKind kind, long subject, int year) {
            return tallies.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(subject, s -> new TreeMap<>())
                    .computeIfAbsent(year, y -> new Tally());
        }

        /** The cards of the kind, of subjects that still exist, named in the reader's language. */
        List<Scorecard> cards(ScorecardKind kind) {
            Map<Long, Map<Integer, Tally>> ofKind = tallies.getOrDefault(kind, Map.of());
            Map<Long, String> names = names(kind, ofKind.keySet());
            List<Scorecard> cards = new ArrayList<>();
            ofKind.forEach((subject, years) -> {
                String name = names.get(subject);
                if (name != null) {
                    years.forEach((year, tally) -> {
                        if (tally.measured()) {
                            cards.add(tally.card(kind, subject, name, year));
                        }
                    });
                }
            });
            return cards;
        }

        private Map<Long, String> names(ScorecardKind kind, java.util.Set<Long> subjects) {
            Map<Long, String> names = new HashMap<>();
            if (kind == ScorecardKind.NGO) {
                registry.findAll(subjects).forEach((id, ref) -> names.put(id, ref.name()));
            } else {
                Locale locale = LocaleContextHolder.getLocale();
                for (AgencyView agency : agencies.all()) {
                    if (subjects.contains(agency.id())) {
                        names.put(agency.id(), agency.name(locale));
                    }
                }
            }
            return names;
        }
    }
}
