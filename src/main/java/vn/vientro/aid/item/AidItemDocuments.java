package vn.vientro.aid.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidPolicy;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.CurrentUser;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.Registry;
import vn.vientro.search.SearchDocument;
import vn.vientro.shared.Text;

/**
 * An aid item as the shared search knows it: its own names and code first; then the names of all it refers to, as
 * officials look it up ("Sở Y tế", "Bệnh viện Đa khoa", "Vĩnh Phúc", "Oxfam", "phòng chống sốt rét"): donor,
 * implementer, owner and governing agencies, other parties, communes with the old units they were formed from, and
 * sectors with their group; its objectives and description last. Names of organisations, agencies, units and sectors
 * are read from their owners when the item is indexed, so a renamed one reads as it is named today.
 */
@Component
class AidItemDocuments {

    private final AidPolicy policy;
    private final Involvements involvements;
    private final Registry registry;
    private final Agencies agencies;
    private final AdminUnits adminUnits;
    private final Codelists codelists;

    AidItemDocuments(AidPolicy policy, Involvements involvements, Registry registry, Agencies agencies,
                     AdminUnits adminUnits, Codelists codelists) {
        this.policy = policy;
        this.involvements = involvements;
        this.registry = registry;
        this.agencies = agencies;
        this.adminUnits = adminUnits;
        this.codelists = codelists;
    }

    SearchDocument of(AidItemView view) {
        AidItemRecord item = view.item();
        ItemDescription fields = item.fields();
        Set<String> visibleTo = new HashSet<>();
        policy.rolesReadingAll().forEach(role -> visibleTo.add(role.name()));
        involvements.agenciesOf(item.id()).forEach(agency -> visibleTo.add(CurrentUser.agencyAuthority(agency)));
        String names = joined(" ", Stream.of(item.code(), item.nameVi(), item.nameEn(), fields.nameOriginal(),
                fields.iatiIdentifier()));
        Text subtitle = SearchDocument.joined(item.code(), Text.of("aid.kind." + item.kind()),
                Text.of("aid.status." + item.status()), view.donorName(),
                view.withoutValidPermit() ? Text.of("aid.item.withoutValidPermit") : null);
        String body = joined(" · ", Stream.of(fields.objectivesVi(), fields.objectivesEn(), fields.descriptionVi(),
                fields.descriptionEn(), fields.targetGroups()));
        Text title = Text.of("aid.search.title", item.nameVi(), item.nameEn() == null ? item.nameVi() : item.nameEn());
        return new SearchDocument("aid-item", Long.toString(item.id()), title, subtitle, body,
                "/app/aid/items/" + item.id(), visibleTo, names, related(view));
    }

    private String related(AidItemView view) {
        ItemDescription fields = view.item().fields();
        List<String> related = new ArrayList<>();
        related.addAll(organisation(fields.donorId()));
        related.addAll(organisation(fields.implementerId()));
        related.addAll(agency(fields.ownerAgencyId()));
        related.addAll(agency(fields.governingAgencyId()));
        for (Party party : view.parties()) {
            related.add(party.name());
            related.addAll(organisation(party.organisationId()));
            related.addAll(agency(party.agencyId()));
        }
        view.locations().forEach(location -> related.addAll(places(location)));
        view.sectors().forEach(sector -> related.addAll(sector(sector)));
        return joined(" · ", related.stream());
    }

    private List<String> organisation(@Nullable Long id) {
        return id == null ? List.of() : registry.names(id);
    }

    private List<String> agency(@Nullable Long id) {
        return agencies.find(id == null ? -1 : id).map(AidItemDocuments::names).orElse(List.of());
    }

    private static List<String> names(AgencyView agency) {
        return Stream.of(agency.nameVi(), agency.nameEn(), agency.shortName()).filter(Objects::nonNull).toList();
    }

    /** The commune as named today and the old units it was formed from, with their districts and provinces. */
    private List<String> places(AidItemView.Location location) {
        List<String> places = new ArrayList<>();
        adminUnits.find(UnitSet.CURRENT, location.communeCode()).ifPresent(unit -> places.addAll(names(unit)));
        if (location.enteredCode() != null) {
            adminUnits.find(UnitSet.PRE2025, location.enteredCode()).ifPresent(unit -> places.addAll(names(unit)));
        }
        adminUnits.predecessors(location.communeCode()).forEach(old -> places.add(old.unit().path()));
        return places;
    }

    private static List<String> names(AdminUnit unit) {
        return Stream.of(unit.path(), unit.pathEn()).filter(Objects::nonNull).toList();
    }

    /** The sector in both languages, and its group ("12262" is also "Y tế cơ sở", "Basic Health"). */
    private List<String> sector(AidItemView.Sector sector) {
        List<String> names = new ArrayList<>(List.of(sector.code(), sector.nameVi(), sector.nameEn()));
        if (sector.code().length() == 5) {
            codelists.sector(sector.code().substring(0, 3)).ifPresent(group -> names.addAll(names(group)));
        }
        return names;
    }

    private static List<String> names(CodelistItem item) {
        return Stream.of(item.nameVi(), item.nameEn()).filter(Objects::nonNull).toList();
    }

    private static String joined(String separator, Stream<String> parts) {
        return parts.filter(part -> part != null && !part.isBlank()).distinct().collect(Collectors.joining(separator));
    }
}
