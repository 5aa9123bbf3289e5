package vn.vientro.interchange.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.OrganisationRef;

/**
 * The registry's organisations, loaded once per import, found by IATI organisation identifier, else by the name most
 * like the activity's (word overlap after folding case and accents; an abbreviation counts as a name).
 */
final class KnownOrganisations {

    /** Names this alike (Dice over words) are taken for the same organisation; below it, none is. */
    static final double SAME_NAME = 0.8;

    private final Map<String, OrganisationRef> byIdentifier = new HashMap<>();
    private final List<OrganisationRef> all;
    /** Each organisation's words and its abbreviation's, folded once: a file names its few publishers many times. */
    private final List<Named> named;
    /** Answers by name already given, as one file repeats them: {@code find} may be called from several threads. */
    private final Map<String, Optional<Found>> foundByName = new ConcurrentHashMap<>();

    KnownOrganisations(List<OrganisationRef> organisations) {
        this.all = organisations;
        for (OrganisationRef organisation : organisations) {
            if (organisation.iatiIdentifier() != null) {
                byIdentifier.putIfAbsent(key(organisation.iatiIdentifier()), organisation);
            }
        }
        this.named = organisations.stream().map(organisation -> new Named(organisation, words(organisation.name()),
                organisation.abbreviation() == null ? Set.of() : words(organisation.abbreviation()))).toList();
    }

    private record Named(OrganisationRef organisation, Set<String> words, Set<String> abbreviation) {
    }

    /** The registry's name of an organisation, for the preview. */
    Optional<String> name(long id) {
        return all.stream().filter(organisation -> organisation.id() == id).map(OrganisationRef::name).findFirst();
    }

    /** The organisation the reference or name stands for, and how it was found ({@code IDENTIFIER} or {@code NAME}). */
    Optional<Found> find(@Nullable String ref, @Nullable String name) {
        if (ref != null && byIdentifier.containsKey(key(ref))) {
            return Optional.of(new Found(byIdentifier.get(key(ref)), "IDENTIFIER", 1));
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return foundByName.computeIfAbsent(name, this::byName);
    }

    private Optional<Found> byName(String name) {
        Set<String> words = words(name);
        Found best = null;
        for (Named organisation : named) {
            double score = Math.max(dice(words, organisation.words()), dice(words, organisation.abbreviation()));
            if (score >= SAME_NAME && (best == null || score > best.score())) {
                best = new Found(organisation.organisation(), "NAME", score);
            }
        }
        return Optional.ofNullable(best);
    }

    record Found(OrganisationRef organisation, String how, double score) {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('\u0111', 'd').replace('\u0110', 'D'),
                Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>(List.of(fold(text).split(" ")));
        words.remove("");
        return words;
    }

    /** Dice's coefficient over two sets of words: 1 when equal, 0 when nothing is shared. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }

    private static String key(String identifier) {
        return identifier.strip().toUpperCase(Locale.ROOT);
    }
}
