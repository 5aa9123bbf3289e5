package vn.vientro.registry.organisation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vientro.platform.YamlResource;

/**
 * Names reduced for comparison: no diacritics, no case, no punctuation, no legal-form noise ("Tổ chức",
 * "Foundation", "Inc.": {@code registry/organisation/name-noise.yml}), so "Tổ chức Save the Children" and
 * "SAVE THE CHILDREN INTERNATIONAL" meet.
 */
public final class OrganisationNames {

    private static final Set<String> NOISE = Set.copyOf(
            YamlResource.read("registry/organisation/name-noise.yml", "noise", NoiseWords.class).words());

    /** The words {@code registry/organisation/name-noise.yml} lists. */
    record NoiseWords(List<String> words) {
    }

    private OrganisationNames() {
    }

    static String normalize(OrganisationDetails details) {
        return Stream.of(details.nameOriginal(), details.nameEn(), details.nameVi(), details.abbreviation())
                .filter(name -> name != null && !name.isBlank())
                .map(OrganisationNames::reduce)
                .distinct()
                .collect(Collectors.joining(" | "));
    }

    public static String reduce(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String words = Stream.of(plain.split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty() && !NOISE.contains(word))
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? plain.trim() : words;
    }
}
