package vn.vientro.registry.permit;

import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.registry.RegistryRoles;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;

/** Feeds the shared search with registration papers, findable only by those who may read them. */
@Component
class PermitIndexer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PermitQueries queries;
    private final SearchIndex index;

    PermitIndexer(PermitQueries queries, SearchIndex index) {
        this.queries = queries;
        this.index = index;
    }

    void reindex(long permitId) {
        queries.find(permitId).ifPresent(permit -> index.put(new SearchDocument("permit", Long.toString(permit.id()),
                "Giấy đăng ký " + permit.number(),
                permit.organisationName() + " · " + DATE.format(permit.validFrom()) + " – " + DATE.format(permit.validUntil()),
                permit.scopeAreas() == null ? null : permit.scopeAreas() + " " + (permit.scopeFields() == null ? "" : permit.scopeFields()),
                "/app/registry/permits/" + permit.id(), RegistryRoles.PERMIT_READERS, permit.number())));
    }
}
