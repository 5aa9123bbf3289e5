package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.ItemMatchQueries;

/**
 * Every aid item by IATI identifier and by the trigrams of its names, held for one matching run. A title is compared
 * with every item by walking the postings of its own trigrams, a few milliseconds for 100,000 items; the database's
 * trigram indexes took four searches of 10–30 ms for each activity, as names made of common syllables ("dự án … số
 * 123") share most of their trigrams. Similarity is pg_trgm's over names folded as {@link KnownOrganisations#fold}
 * does: each word padded with two spaces before and one after, distinct trigrams, shared over united. Read-only once
 * built, so threads may share it, each with its own {@link Scratch}.
 */
final class ItemNameIndex {

    /** An item as a score weighs it. */
    record Item(long id, long donorId, @Nullable LocalDate plannedStart, BigDecimal totalAmount, String totalCurrency) {
    }

    /** What a caller does with each item sharing a trigram with the titles, and the best similarity of its names. */
    @FunctionalInterface
    interface Similar {
        void accept(Item item, double similarity);
    }

    private static final int LONGEST_TITLE = 1000;

    private final List<Item> items = new ArrayList<>();
    private final Map<String, Item> byIdentifier = new HashMap<>();
    private final Map<Long, Integer> trigramIds = new HashMap<>();
    private int[][] postings = new int[1024][];
    private int[] postingSizes = new int[1024];
    private int[] nameItem = new int[1024];
    private int[] nameSize = new int[1024];
    private int names;

    /** The index of the items a source hands over ({@code ItemMatchQueries::forEach}). */
    static ItemNameIndex of(Consumer<Consumer<ItemMatchQueries.MatchableItem>> source) {
        ItemNameIndex index = new ItemNameIndex();
        source.accept(index::add);
        index.trim();
        return index;
    }

    private void add(ItemMatchQueries.MatchableItem matchable) {
        Item item = new Item(matchable.id(), matchable.donorId(), matchable.plannedStart(), matchable.totalAmount(),
                matchable.totalCurrency().intern()); // a few currencies, not a string an item
        int position = items.size();
        items.add(item);
        if (matchable.iatiIdentifier() != null) {
            byIdentifier.putIfAbsent(identifierKey(matchable.iatiIdentifier()), item); // the first item, as ids go
        }
        Stream.of(matchable.nameVi(), matchable.nameEn(), matchable.nameOriginal())
                .filter(name -> name != null && !name.isBlank()).distinct()
                .forEach(name -> addName(position, trigrams(KnownOrganisations.fold(name))));
    }

    private void addName(int item, long[] trigrams) {
        if (names == nameItem.length) {
            nameItem = Arrays.copyOf(nameItem, names * 2);
            nameSize = Arrays.copyOf(nameSize, names * 2);
        }
        nameItem[names] = item;
        nameSize[names] = trigrams.length;
        for (long trigram : trigrams) {
            int id = trigramIds.computeIfAbsent(trigram, unused -> trigramIds.size());
            if (id == postings.length) {
                postings = Arrays.copyOf(postings, id * 2);
                postingSizes = Arrays.copyOf(postingSizes, id * 2);
            }
            int[] list = postings[id];
            if (list == null) {
                list = postings[id] = new int[4];
            } else if (postingSizes[id] == list.length) {
                list = postings[id] = Arrays.copyOf(list, list.length * 2);
            }
            list[postingSizes[id]++] = names;
        }
        names++;
    }

    /** Drops the room kept for growth: the postings are most of the index's memory. */
    private void trim() {
        for (int id = 0; id < trigramIds.size(); id++) {
            postings[id] = Arrays.copyOf(postings[id], postingSizes[id]);
        }
    }

    int size() {
        return items.size();
    }

    /** The item with this IATI identifier, compared trimmed and case-blind as publishers vary. */
    Optional<Item> byIdentifier(@Nullable String identifier) {
        return identifier == null ? Optional.empty() : Optional.ofNullable(byIdentifier.get(identifierKey(identifier)));
    }

    private static String identifierKey(String identifier) {
        return identifier.strip().toLowerCase(Locale.ROOT);
    }

    /** Counters for one thread's searches, as large as the index. */
    Scratch scratch() {
        return new Scratch(names, items.size());
    }

    static final class Scratch {
        private final int[] shared;
        private final int[] touchedNames;
        private final float[] best;
        private final int[] touchedItems;

        private Scratch(int names, int items) {
            shared = new int[names];
            touchedNames = new int[names];
            best = new float[items];
            touchedItems = new int[items];
        }
    }

    /**
     * Hands each item whose names are at least {@code least} alike to any of the titles to the caller, once, with the
     * best similarity of any of its names to any title.
     */
    void forEachSimilar(Collection<String> titles, double least, Scratch scratch, Similar similar) {
        int itemsTouched = 0;
        for (String title : titles) {
            long[] trigrams = trigrams(KnownOrganisations.fold(title.length() > LONGEST_TITLE
                    ? title.substring(0, LONGEST_TITLE) : title));
            int namesTouched = 0;
            for (long trigram : trigrams) {
                Integer id = trigramIds.get(trigram);
                if (id == null) {
                    continue;
                }
                int[] list = postings[id];
                for (int name : list) {
                    if (scratch.shared[name]++ == 0) {
                        scratch.touchedNames[namesTouched++] = name;
                    }
                }
            }
            for (int k = 0; k < namesTouched; k++) {
                int name = scratch.touchedNames[k];
                int shared = scratch.shared[name];
                scratch.shared[name] = 0;
                float similarity = (float) shared / (trigrams.length + nameSize[name] - shared);
                int item = nameItem[name];
                if (scratch.best[item] == 0) {
                    scratch.touchedItems[itemsTouched++] = item;
                }
                scratch.best[item] = Math.max(scratch.best[item], similarity);
            }
        }
        for (int k = 0; k < itemsTouched; k++) {
            int item = scratch.touchedItems[k];
            if (scratch.best[item] >= least) {
                similar.accept(items.get(item), scratch.best[item]);
            }
            scratch.best[item] = 0;
        }
    }

    /**
     * pg_trgm's trigrams of a folded text (words of letters and digits between single spaces), each three code points
     * in a long, sorted and distinct.
     */
    static long[] trigrams(String folded) {
        int[] points = folded.codePoints().toArray();
        long[] trigrams = new long[2 * points.length + 2];
        int count = 0;
        int before = ' ';
        int last = ' ';
        for (int i = 0; i <= points.length; i++) {
            int point = i == points.length ? ' ' : points[i];
            if (point == ' ') {
                if (last != ' ') { // a word ends: its last trigram ends in the padding
                    trigrams[count++] = trigram(before, last, ' ');
                }
                before = ' ';
                last = ' ';
                continue;
            }
            trigrams[count++] = trigram(before, last, point);
            before = last;
            last = point;
        }
        Arrays.sort(trigrams, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || trigrams[distinct - 1] != trigrams[i]) {
                trigrams[distinct++] = trigrams[i];
            }
        }
        return Arrays.copyOf(trigrams, distinct);
    }

    private static long trigram(int first, int second, int third) {
        return ((long) first << 42) | ((long) second << 21) | third;
    }
}
