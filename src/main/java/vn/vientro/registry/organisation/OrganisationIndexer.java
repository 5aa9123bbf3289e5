package vn.vientro.registry.organisation;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;

/** Feeds the shared search index with an organisation whenever it or its papers change. */
@Component
public class OrganisationIndexer {

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private final OrganisationQueries queries;
    private final SearchIndex index;
    private final MessageSource messages;

    OrganisationIndexer(OrganisationQueries queries, SearchIndex index, MessageSource messages) {
        this.queries = queries;
        this.index = index;
        this.messages = messages;
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
        String subtitle = Stream.of(
                        messages.getMessage("registry.kind." + organisation.kind(), null, VI),
                        organisation.countryCode(),
                        messages.getMessage("registry.status." + organisation.status(), null, VI),
                        organisation.withoutValidPermit() ? messages.getMessage("registry.withoutValidPermit", null, VI) : null)
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        String body = Stream.of(organisation.nameOriginal(), organisation.nameEn(), organisation.abbreviation(),
                        organisation.iatiIdentifier(), organisation.addressVn(), organisation.headOfOffice(),
                        String.join(" ", organisation.sectorCodes()), organisation.notes())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        index.put(new SearchDocument("organisation", Long.toString(organisation.id()), organisation.displayName(),
                subtitle, body, "/app/registry/organisations/" + organisation.id(), Set.of(SearchDocument.STAFF), names));
    }
}
