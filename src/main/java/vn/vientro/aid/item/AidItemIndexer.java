package vn.vientro.aid.item;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidPolicy;
import vn.vientro.platform.CurrentUser;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;

/**
 * Feeds the shared search with an aid item (code, names, donor, IATI identifier), findable by the provincial roles,
 * and by the agencies involved with it. (The public finds approved items through the portal's own catalogue.)
 */
@Component
public class AidItemIndexer {

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private final AidItemQueries queries;
    private final SearchIndex index;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final AidPolicy policy;
    private final Involvements involvements;

    AidItemIndexer(AidItemQueries queries, SearchIndex index, JdbcClient jdbc, MessageSource messages,
                   AidPolicy policy, Involvements involvements) {
        this.policy = policy;
        this.involvements = involvements;
        this.queries = queries;
        this.index = index;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public void reindex(long id) {
        queries.find(id).ifPresentOrElse(this::put, () -> index.remove("aid-item", Long.toString(id)));
    }

    public void reindexAll() {
        jdbc.sql("select id from aid.aid_item order by id").query(Long.class).list().forEach(this::reindex);
    }

    private void put(AidItemView view) {
        AidItemRecord item = view.item();
        Set<String> visibleTo = new HashSet<>();
        policy.rolesReadingAll().forEach(role -> visibleTo.add(role.name()));
        involvements.agenciesOf(item.id()).forEach(agency -> visibleTo.add(CurrentUser.agencyAuthority(agency)));
        String names = Stream.of(item.code(), item.nameVi(), item.nameEn(), item.nameOriginal(), view.donorName(),
                        view.implementerName(), item.iatiIdentifier())
                .filter(part -> part != null && !part.isBlank()).distinct().collect(Collectors.joining(" "));
        String subtitle = Stream.of(item.code(), messages.getMessage("aid.kind." + item.kind(), null, VI),
                        messages.getMessage("aid.status." + item.status(), null, VI), view.donorName(),
                        view.withoutValidPermit() ? messages.getMessage("aid.item.withoutValidPermit", null, VI) : null)
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        String body = Stream.concat(Stream.of(item.nameEn(), item.iatiIdentifier(), view.donorName(),
                                view.implementerName(), item.objectivesVi(), item.descriptionVi()),
                        Stream.concat(view.sectors().stream().map(AidItemView.Sector::nameVi),
                                view.locations().stream().map(AidItemView.Location::name)))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        index.put(new SearchDocument("aid-item", Long.toString(item.id()), item.nameVi(), subtitle, body,
                "/app/aid/items/" + item.id(), visibleTo, names));
    }
}
