package vn.vientro.aid.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.shared.Money;

/**
 * Everything a drafter describes about an aid item. Locations may carry old (pre-2025) commune codes: the service maps
 * them to current units before they reach the aggregate.
 */
public record AidItemDetails(AidKind kind, DeliveryForm deliveryForm, String nameVi, @Nullable String nameEn,
                             @Nullable String nameOriginal, @Nullable String iatiIdentifier,
                             @Nullable String objectivesVi, @Nullable String objectivesEn,
                             @Nullable String descriptionVi, @Nullable String descriptionEn,
                             @Nullable String priorityField, long donorId, @Nullable Long implementerId,
                             long ownerAgencyId, long governingAgencyId, @Nullable LocalDate plannedStart,
                             @Nullable LocalDate plannedEnd, @Nullable LocalDate disasterOn, Money totalValue,
                             CounterpartFunds counterpart, Beneficiaries beneficiaries, List<SectorShare> sectors,
                             List<LocationShare> locations, List<Party> parties, List<ItemContact> contacts,
                             Set<PublicGroup> publicGroups) {

    public AidItemDetails {
        sectors = List.copyOf(sectors);
        locations = List.copyOf(locations);
        parties = List.copyOf(parties);
        contacts = List.copyOf(contacts);
        publicGroups = Set.copyOf(publicGroups);
    }

    public AidItemDetails withLocations(List<LocationShare> mapped) {
        return new AidItemDetails(kind, deliveryForm, nameVi, nameEn, nameOriginal, iatiIdentifier, objectivesVi,
                objectivesEn, descriptionVi, descriptionEn, priorityField, donorId, implementerId, ownerAgencyId,
                governingAgencyId, plannedStart, plannedEnd, disasterOn, totalValue, counterpart, beneficiaries,
                sectors, mapped, parties, contacts, publicGroups);
    }
}
