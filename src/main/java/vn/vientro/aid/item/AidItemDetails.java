package vn.vientro.aid.item;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.shared.Money;

/**
 * Everything that describes an aid item: its fields ({@link ItemDescription}) and its lists of sector and commune
 * shares, other parties and contacts, and the groups of fields it may show in public. In JSON (the API, kept versions
 * and change requests) the fields sit beside the lists. Locations may carry old (pre-2025) commune codes: the service
 * maps them to current units before they reach the aggregate.
 */
public record AidItemDetails(@JsonUnwrapped ItemDescription fields, List<SectorShare> sectors,
                             List<LocationShare> locations, List<Party> parties, List<ItemContact> contacts,
                             Set<PublicGroup> publicGroups) {

    public AidItemDetails {
        fields = fields == null ? ItemDescription.empty() : fields;
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        locations = locations == null ? List.of() : List.copyOf(locations);
        parties = parties == null ? List.of() : List.copyOf(parties);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        publicGroups = publicGroups == null ? Set.of() : Set.copyOf(publicGroups);
    }

    public AidItemDetails withLocations(List<LocationShare> mapped) {
        return new AidItemDetails(fields, sectors, mapped, parties, contacts, publicGroups);
    }

    public AidItemDetails withFields(ItemDescription changed) {
        return new AidItemDetails(changed, sectors, locations, parties, contacts, publicGroups);
    }

    /**
     * This description, where it names a party or a commune the way a form or the API gives them (a party by name
     * only, a commune without the code first typed), with the links and codes the current description keeps for them.
     */
    public AidItemDetails carryingLinksOf(AidItemDetails current) {
        List<Party> linked = parties.stream().map(party -> party.organisationId() != null || party.agencyId() != null
                ? party : current.parties().stream().filter(p -> p.role() == party.role()
                        && p.name().strip().equals(party.name().strip())).findFirst().orElse(party)).toList();
        List<LocationShare> places = locations.stream().map(share -> share.enteredCode() != null ? share
                : current.locations().stream().filter(c -> c.communeCode().equals(share.communeCode())).findFirst()
                        .map(c -> new LocationShare(share.communeCode(), c.provinceCode(), c.enteredCode(),
                                share.percent())).orElse(share)).toList();
        return new AidItemDetails(fields, sectors, places, linked, contacts, publicGroups);
    }

    @JsonIgnore
    public AidKind kind() {
        return java.util.Objects.requireNonNull(fields.kind(), "kind");
    }

    @JsonIgnore
    public long ownerAgencyId() {
        return java.util.Objects.requireNonNull(fields.ownerAgencyId(), "ownerAgencyId");
    }

    @JsonIgnore
    public long governingAgencyId() {
        return java.util.Objects.requireNonNull(fields.governingAgencyId(), "governingAgencyId");
    }

    /** The total value in the donor's currency; the fields' check has made sure both parts are there. */
    @JsonIgnore
    public Money totalValue() {
        return Money.of(java.util.Objects.requireNonNull(fields.totalAmount(), "totalAmount"),
                java.util.Objects.requireNonNull(fields.totalCurrency(), "totalCurrency"));
    }

    /** The counterpart funds, in their currency (VND unless said). */
    @JsonIgnore
    public @Nullable Money counterpartValue() {
        return fields.counterpartAmount() == null ? null : Money.of(fields.counterpartAmount(),
                fields.counterpartCurrency() == null ? "VND" : fields.counterpartCurrency());
    }
}
