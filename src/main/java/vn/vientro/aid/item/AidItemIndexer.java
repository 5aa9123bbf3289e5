package vn.vientro.aid.item;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidItemDescribed;
import vn.vientro.aid.AidItemDrafted;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.ConsultationEnded;
import vn.vientro.aid.OpinionRequested;
import vn.vientro.platform.CurrentUser;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;
import vn.vientro.shared.Text;

/**
 * Feeds the shared search with an aid item (code, names, donor, IATI identifier), findable by the provincial roles,
 * and by the agencies involved with it, after each change to it commits. (The public finds approved items through the
 * portal's own catalogue.)
 */
@Component
class AidItemIndexer {

    private final AidItemQueries queries;
    private final SearchIndex index;
    private final AidPolicy policy;
    private final Involvements involvements;

    AidItemIndexer(AidItemQueries queries, SearchIndex index,
                   AidPolicy policy, Involvements involvements) {
        this.policy = policy;
        this.involvements = involvements;
        this.queries = queries;
        this.index = index;
    }

    @ApplicationModuleListener
    void on(AidItemDrafted drafted) {
        reindex(drafted.itemId());
    }

    @ApplicationModuleListener
    void on(AidItemDescribed described) {
        reindex(described.itemId());
    }

    @ApplicationModuleListener
    void on(AidItemMoved moved) {
        reindex(moved.itemId());
    }

    /** A consulted agency finds the item from now on (a security request lets no one in). */
    @ApplicationModuleListener
    void on(OpinionRequested requested) {
        reindex(requested.itemId());
    }

    @ApplicationModuleListener
    void on(ConsultationEnded ended) {
        reindex(ended.itemId());
    }

    private void reindex(long id) {
        queries.find(id).ifPresentOrElse(this::put, () -> index.remove("aid-item", Long.toString(id)));
    }

    private void put(AidItemView view) {
        AidItemRecord item = view.item();
        Set<String> visibleTo = new HashSet<>();
        policy.rolesReadingAll().forEach(role -> visibleTo.add(role.name()));
        involvements.agenciesOf(item.id()).forEach(agency -> visibleTo.add(CurrentUser.agencyAuthority(agency)));
        ItemDescription fields = item.fields();
        String names = Stream.of(item.code(), item.nameVi(), item.nameEn(), fields.nameOriginal(), view.donorName(),
                        view.implementerName(), fields.iatiIdentifier())
                .filter(part -> part != null && !part.isBlank()).distinct().collect(Collectors.joining(" "));
        Text subtitle = SearchDocument.joined(item.code(), Text.of("aid.kind." + item.kind()),
                Text.of("aid.status." + item.status()), view.donorName(),
                view.withoutValidPermit() ? Text.of("aid.item.withoutValidPermit") : null);
        String body = Stream.concat(Stream.of(item.nameEn(), fields.iatiIdentifier(), view.donorName(),
                                view.implementerName(), fields.objectivesVi(), fields.descriptionVi()),
                        Stream.concat(view.sectors().stream().map(AidItemView.Sector::nameVi),
                                view.locations().stream().map(AidItemView.Location::name)))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        Text title = Text.of("aid.search.title", item.nameVi(), item.nameEn() == null ? item.nameVi() : item.nameEn());
        index.put(new SearchDocument("aid-item", Long.toString(item.id()), title, subtitle, body,
                "/app/aid/items/" + item.id(), visibleTo, names));
    }
}
