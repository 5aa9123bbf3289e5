package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ItemMatchQueries;
import vn.vientro.registry.Registry;

/**
 * Matches each valid activity of a job to an aid item: by IATI identifier, else by a score over the title (every
 * language the activity gives), the reporting organisation (the item's donor), the dates and the amount. The score
 * is a weighted sum: the name weighs most, and no single other fact makes a match of unlike names.
 */
@Component
class ActivityMatching {

    /** A score at least this high is a match the preview proposes; the user may still choose otherwise. */
    static final double MATCH = 0.6;
    private static final int CANDIDATES = 5;
    private static final int PAGE = 200;

    private final IatiImportJobs jobs;
    private final ItemMatchQueries items;
    private final Registry registry;

    ActivityMatching(IatiImportJobs jobs, ItemMatchQueries items, Registry registry) {
        this.jobs = jobs;
        this.items = items;
        this.registry = registry;
    }

    void matchAll(long jobId) {
        KnownOrganisations organisations = new KnownOrganisations(registry.choices());
        long after = 0;
        List<IatiImportJobs.Stored> page;
        do {
            page = jobs.stored(jobId, after, PAGE);
            Map<String, ItemMatchQueries.Candidate> identified = items.byIatiIdentifiers(page.stream()
                    .map(activity -> activity.facts().identifier()).filter(Objects::nonNull).toList());
            for (IatiImportJobs.Stored activity : page) {
                Optional<Match> match = match(activity.facts(), organisations, identified);
                jobs.match(activity.id(), match.map(m -> m.item().id()).orElse(null),
                        match.map(Match::kind).orElse(null),
                        match.map(m -> BigDecimal.valueOf(m.score()).setScale(4, RoundingMode.HALF_UP)).orElse(null));
                after = activity.id();
            }
        } while (page.size() == PAGE);
    }

    record Match(ItemMatchQueries.Candidate item, String kind, double score) {
    }

    /** The activity's match, its identifier's item looked up beforehand with the rest of its page. */
    private Optional<Match> match(ActivityFacts facts, KnownOrganisations organisations,
                                  Map<String, ItemMatchQueries.Candidate> identified) {
        if (facts.identifier() != null && identified.containsKey(facts.identifier())) {
            return Optional.of(new Match(identified.get(facts.identifier()), "IDENTIFIER", 1));
        }
        Long donor = facts.reportingOrg() == null ? null : organisations.find(facts.reportingOrg().ref(),
                facts.reportingOrg().name()).map(found -> found.organisation().id()).orElse(null);
        Match best = null;
        for (String title : facts.title().values().stream().distinct().limit(3).toList()) {
            for (ItemMatchQueries.Candidate candidate : items.byName(title, CANDIDATES)) {
                double score = score(facts, candidate, donor);
                if (score >= MATCH && (best == null || score > best.score())) {
                    best = new Match(candidate, "SCORE", score);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Name 0.55, donor 0.2, dates 0.15, amount 0.1; a fact the activity does not give scores half. */
    static double score(ActivityFacts facts, ItemMatchQueries.Candidate item, @Nullable Long donor) {
        double donorScore = donor == null ? 0.5 : donor == item.donorId() ? 1 : 0;
        LocalDate start = date(facts.dates().getOrDefault("2", facts.dates().get("1")));
        double dateScore = start == null || item.plannedStart() == null ? 0.5
                : Math.max(0, 1 - Math.abs(ChronoUnit.DAYS.between(start, item.plannedStart())) / 365.0);
        BigDecimal total = facts.budgets().stream().filter(b -> sameCurrency(b.currency(), facts, item))
                .map(ActivityFacts.Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        double amountScore = total.signum() == 0 ? 0.5 : item.totalAmount().signum() == 0 ? 0
                : Math.max(0, 1 - total.subtract(item.totalAmount()).abs().doubleValue()
                / item.totalAmount().max(total).doubleValue());
        return 0.55 * item.nameSimilarity() + 0.2 * donorScore + 0.15 * dateScore + 0.1 * amountScore;
    }

    private static boolean sameCurrency(@Nullable String currency, ActivityFacts facts,
                                        ItemMatchQueries.Candidate item) {
        String actual = currency != null ? currency : facts.defaultCurrency();
        return actual != null && actual.equalsIgnoreCase(item.totalCurrency().strip());
    }

    static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        if (isoDigits(text)) { // the usual yyyy-mm-dd: what the ISO parser does with it, without the parser
            try {
                return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the first ten characters are ASCII digits as in {@code 2027-01-31}. */
    private static boolean isoDigits(String text) {
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }
}
