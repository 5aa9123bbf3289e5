package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ItemMatchQueries;
import vn.vientro.registry.Registry;

/**
 * Matches each valid activity of a job to an aid item: by IATI identifier, else by a score over the title (every
 * language the activity gives), the reporting organisation (the item's donor), the dates and the amount. The score
 * is a weighted sum: the name weighs most, and no single other fact makes a match of unlike names. Every item is
 * compared, through an index of their names held for the run, and pages of activities are matched on several threads.
 */
@Component
class ActivityMatching {

    private static final Logger log = LoggerFactory.getLogger(ActivityMatching.class);

    /** A score at least this high is a match the preview proposes; the user may still choose otherwise. */
    static final double MATCH = 0.6;
    static final double NAME = 0.55;
    static final double DONOR = 0.2;
    static final double DATES = 0.15;
    static final double AMOUNT = 0.1;
    private static final int PAGE = 400;

    private final IatiImportJobs jobs;
    private final ItemMatchQueries items;
    private final Registry registry;
    /** Matching is the processors' work alone (the index is in memory): a thread for each, up to four. */
    private final int threads = Math.min(4, Runtime.getRuntime().availableProcessors());

    ActivityMatching(IatiImportJobs jobs, ItemMatchQueries items, Registry registry) {
        this.jobs = jobs;
        this.items = items;
        this.registry = registry;
    }

    void matchAll(long jobId) {
        List<IatiImportJobs.Stored> page = jobs.stored(jobId, 0, PAGE);
        if (page.isEmpty()) {
            return; // no valid activity: nothing to hold every item in memory for
        }
        long started = System.nanoTime();
        KnownOrganisations organisations = new KnownOrganisations(registry.choices());
        ItemNameIndex index = ItemNameIndex.of(items::forEach);
        log.info("IATI import {}: {} aid items indexed for matching in {} ms", jobId, index.size(),
                (System.nanoTime() - started) / 1_000_000);
        ItemNameIndex.Scratch[] scratches = new ItemNameIndex.Scratch[threads];
        Arrays.setAll(scratches, unused -> index.scratch());
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "iati-match-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (true) {
                jobs.match(jobId, matched(page, index, organisations, scratches, pool));
                if (page.size() < PAGE) {
                    return;
                }
                page = jobs.stored(jobId, page.get(page.size() - 1).id(), PAGE);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The page's matches, its activities shared out in turn among the threads, each with its own scratch. */
    private List<IatiImportJobs.Matched> matched(List<IatiImportJobs.Stored> page, ItemNameIndex index,
                                                 KnownOrganisations organisations, ItemNameIndex.Scratch[] scratches,
                                                 ExecutorService pool) {
        IatiImportJobs.Matched[] matched = new IatiImportJobs.Matched[page.size()];
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        for (int part = 0; part < scratches.length; part++) {
            int first = part;
            parts.add(CompletableFuture.runAsync(() -> {
                for (int i = first; i < page.size(); i += scratches.length) {
                    Optional<Match> match = match(page.get(i).facts(), index, organisations, scratches[first]);
                    matched[i] = new IatiImportJobs.Matched(page.get(i).id(), match.map(Match::itemId).orElse(null),
                            match.map(Match::kind).orElse(null), match.map(m -> BigDecimal.valueOf(m.score())
                            .setScale(4, RoundingMode.HALF_UP)).orElse(null));
                }
            }, pool));
        }
        try {
            CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return List.of(matched);
    }

    record Match(long itemId, String kind, double score) {
    }

    /** The activity's item by identifier, else the best-scoring item if it scores a match. */
    static Optional<Match> match(ActivityFacts facts, ItemNameIndex index, KnownOrganisations organisations,
                                 ItemNameIndex.Scratch scratch) {
        Optional<ItemNameIndex.Item> identified = index.byIdentifier(facts.identifier());
        if (identified.isPresent()) {
            return Optional.of(new Match(identified.get().id(), "IDENTIFIER", 1));
        }
        Long donor = facts.reportingOrg() == null ? null : organisations.find(facts.reportingOrg().ref(),
                facts.reportingOrg().name()).map(found -> found.organisation().id()).orElse(null);
        LocalDate start = start(facts);
        Map<String, BigDecimal> budgetTotals = new HashMap<>(); // by the item's currency
        Match[] best = {null};
        // no item can match below the least similarity of the best donor score the activity allows
        double least = leastNameSimilarity(donor == null ? 0.5 : 1);
        index.forEachSimilar(facts.title().values().stream().distinct().limit(3).toList(), least, scratch,
                (item, similarity) -> {
                    double donorScore = donorScore(item, donor);
                    if (similarity < leastNameSimilarity(donorScore)) {
                        return; // no date or amount could lift it to a match: skip summing the budgets for it
                    }
                    double score = score(similarity, donorScore, dateScore(start, item), amountScore(
                            budgetTotals.computeIfAbsent(item.totalCurrency(), c -> budgetTotal(facts, c)), item));
                    if (score >= MATCH && (best[0] == null || score > best[0].score()
                            || score == best[0].score() && item.id() < best[0].itemId())) {
                        best[0] = new Match(item.id(), "SCORE", score);
                    }
                });
        return Optional.ofNullable(best[0]);
    }

    /**
     * The least name similarity with which an item of this donor score can still reach a match, its dates and amount
     * agreeing fully: another donor's item needs names about 0.64 alike, the activity's own donor's 0.27.
     */
    static double leastNameSimilarity(double donorScore) {
        return (MATCH - DATES - AMOUNT - DONOR * donorScore) / NAME - 1e-9;
    }

    /** Name 0.55, donor 0.2, dates 0.15, amount 0.1, each from 0 to 1; a fact the activity does not give scores half. */
    static double score(double name, double donor, double dates, double amount) {
        return NAME * name + DONOR * donor + DATES * dates + AMOUNT * amount;
    }

    private static double donorScore(ItemNameIndex.Item item, @Nullable Long donor) {
        return donor == null ? 0.5 : donor == item.donorId() ? 1 : 0;
    }

    private static @Nullable LocalDate start(ActivityFacts facts) {
        return date(facts.dates().getOrDefault("2", facts.dates().get("1")));
    }

    private static double dateScore(@Nullable LocalDate start, ItemNameIndex.Item item) {
        return start == null || item.plannedStart() == null ? 0.5
                : Math.max(0, 1 - Math.abs(ChronoUnit.DAYS.between(start, item.plannedStart())) / 365.0);
    }

    private static BigDecimal budgetTotal(ActivityFacts facts, String currency) {
        return facts.budgets().stream().filter(b -> sameCurrency(b.currency(), facts, currency))
                .map(ActivityFacts.Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static double amountScore(BigDecimal total, ItemNameIndex.Item item) {
        return total.signum() == 0 ? 0.5 : item.totalAmount().signum() == 0 ? 0
                : Math.max(0, 1 - total.subtract(item.totalAmount()).abs().doubleValue()
                / item.totalAmount().max(total).doubleValue());
    }

    private static boolean sameCurrency(@Nullable String currency, ActivityFacts facts, String itemCurrency) {
        String actual = currency != null ? currency : facts.defaultCurrency();
        return actual != null && actual.equalsIgnoreCase(itemCurrency.strip());
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
