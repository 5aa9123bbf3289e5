package vn.vientro.registry.permit;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/** Feeds the shared search with registration papers, findable only by those who may read them. */
@Component
class PermitIndexer {

    private final PermitQueries queries;
    private final SearchIndex index;
    private final RegistryPolicy policy;

    PermitIndexer(PermitQueries queries, SearchIndex index, RegistryPolicy policy) {
        this.queries = queries;
        this.index = index;
        this.policy = policy;
    }

    void reindex(long permitId) {
        queries.find(permitId).ifPresent(permit -> index.put(new SearchDocument("permit", Long.toString(permit.id()),
                Text.of("registry.permit.searchTitle", permit.number()),
                SearchDocument.joined(permit.organisationName(),
                        Text.of("search.period", permit.validFrom(), permit.validUntil())),
                permit.scopeAreas() == null ? null : permit.scopeAreas() + " " + (permit.scopeFields() == null ? "" : permit.scopeFields()),
                "/app/registry/permits/" + permit.id(), policy.rolesReadingPermits().stream().map(Role::name).collect(Collectors.toSet()), permit.number())));
    }
}
