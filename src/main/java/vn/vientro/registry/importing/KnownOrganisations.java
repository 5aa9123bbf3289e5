package vn.vientro.registry.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.organisation.OrganisationNames;
import vn.vientro.registry.organisation.OrganisationQueries;

/**
 * The registry's organisations by IATI identifier (any case) and by reduced original name, read once per pass:
 * the two keys a row is matched on, so uploading a file again finds the organisations it created.
 */
final class KnownOrganisations {

    /** How a row's name or identifier meets the registry. */
    record Match(@Nullable Long id, boolean ambiguous) {
    }

    private final Map<String, Long> byIati = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<Long, String> iatiOf = new HashMap<>();
    private final Set<String> sharedNames = new HashSet<>();

    static KnownOrganisations load(OrganisationQueries organisations) {
        KnownOrganisations known = new KnownOrganisations();
        organisations.matchKeys().forEach(key -> known.add(key.id(), key.nameOriginal(), key.iatiIdentifier()));
        return known;
    }

    void add(long id, String nameOriginal, @Nullable String iatiIdentifier) {
        if (iatiIdentifier != null) {
            byIati.put(iatiIdentifier.toUpperCase(Locale.ROOT), id);
            iatiOf.put(id, iatiIdentifier.toUpperCase(Locale.ROOT));
        }
        String name = OrganisationNames.reduce(nameOriginal);
        if (byName.putIfAbsent(name, id) != null) {
            sharedNames.add(name);
        }
    }

    /**
     * By IATI identifier first, else by exact reduced original name. A name match is refused when the organisation
     * carries another IATI identifier: same-named organisations with different identifiers are different ones.
     */
    Match match(@Nullable String nameOriginal, @Nullable String iatiIdentifier) {
        String iati = iatiIdentifier == null ? null : iatiIdentifier.toUpperCase(Locale.ROOT);
        if (iati != null && byIati.containsKey(iati)) {
            return new Match(byIati.get(iati), false);
        }
        if (nameOriginal == null) {
            return new Match(null, false);
        }
        String name = OrganisationNames.reduce(nameOriginal);
        Long id = byName.get(name);
        if (id == null || (iati != null && iatiOf.containsKey(id))) {
            return new Match(null, false);
        }
        return sharedNames.contains(name) ? new Match(null, true) : new Match(id, false);
    }
}
