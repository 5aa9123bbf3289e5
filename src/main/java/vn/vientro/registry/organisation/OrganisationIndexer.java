package vn.vientro.registry.organisation;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;
import vn.vientro.shared.Text;

/** Feeds the shared search index with an organisation whenever it or its papers change. */
@Component
public class OrganisationIndexer {

    private final OrganisationQueries queries;
    private final SearchIndex index;

    OrganisationIndexer(OrganisationQueries queries, SearchIndex index) {
        this.queries = queries;
        this.index = index;
    }

    public void reindex(long organisationId) {
        queries.find(organisationId).ifPresentOrElse(this::put, () -> index.remove("organisation", Long.toString(organisationId)));
    }

    public void reindexAll() {
        queries.allIds().forEach(this::reindex);
    }

    private void put(OrganisationView organisation) {
        String names = Stream.of(organisation.nameOriginal(), organisation.nameEn(), organisation.nameVi(),
                        organisation.abbreviation(), organisation.iatiIdentifier())
                .filter(name -> name != null && !name.isBlank()).distinct().collect(Collectors.joining(" "));
        Text subtitle = SearchDocument.joined(Text.of("registry.kind." + organisation.kind()),
                organisation.countryCode(), Text.of("registry.status." + organisation.status()),
                organisation.withoutValidPermit() ? Text.of("registry.withoutValidPermit") : null);
        String body = Stream.of(organisation.nameOriginal(), organisation.nameEn(), organisation.abbreviation(),
                        organisation.iatiIdentifier(), organisation.addressVn(), organisation.headOfOffice(),
                        String.join(" ", organisation.sectorCodes()), organisation.notes())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        index.put(new SearchDocument("organisation", Long.toString(organisation.id()),
                SearchDocument.name(organisation.displayName()),
                subtitle, body, "/app/registry/organisations/" + organisation.id(), Set.of(SearchDocument.STAFF), names));
    }
}
