package vn.vientro.aid.amendment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.Beneficiaries;
import vn.vientro.aid.item.CounterpartFunds;
import vn.vientro.aid.item.DeliveryForm;
import vn.vientro.aid.item.ItemContact;
import vn.vientro.aid.item.LocationShare;
import vn.vientro.aid.item.Party;
import vn.vientro.aid.item.PublicGroup;
import vn.vientro.aid.item.SectorShare;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.Money;

/**
 * An aid item's description as a version keeps it and as a change request proposes it: the fields of
 * {@link AidItemDetails} in the item API's shape ({@code POST /api/v1/aid-items}), stored as JSON.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@SuppressWarnings("checkstyle:ParameterNumber")
public record Description(@Nullable AidKind kind, @Nullable DeliveryForm deliveryForm, @Nullable String nameVi,
                          @Nullable String nameEn, @Nullable String nameOriginal, @Nullable String iatiIdentifier,
                          @Nullable String objectivesVi, @Nullable String objectivesEn,
                          @Nullable String descriptionVi, @Nullable String descriptionEn,
                          @Nullable String priorityField, @Nullable Long donorId, @Nullable Long implementerId,
                          @Nullable Long ownerAgencyId, @Nullable Long governingAgencyId,
                          @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
                          @Nullable LocalDate disasterOn, @Nullable BigDecimal totalAmount,
                          @Nullable String totalCurrency, @Nullable BigDecimal counterpartAmount,
                          @Nullable String counterpartCurrency, @Nullable String counterpartSource,
                          CounterpartFunds.@Nullable Form counterpartForm, Beneficiaries beneficiaries,
                          List<SectorShare> sectors, List<LocationShare> locations, List<Party> parties,
                          List<ItemContact> contacts, List<PublicGroup> publicGroups) {

    public Description {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        locations = locations == null ? List.of() : List.copyOf(locations);
        parties = parties == null ? List.of() : List.copyOf(parties);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        publicGroups = publicGroups == null ? List.of()
                : publicGroups.stream().distinct().sorted(Comparator.comparing(Enum::name)).toList();
        beneficiaries = beneficiaries == null ? Beneficiaries.none() : beneficiaries;
    }

    public static Description of(AidItemDetails d) {
        Money counterpart = d.counterpart().amount();
        return new Description(d.kind(), d.deliveryForm(), d.nameVi(), d.nameEn(), d.nameOriginal(),
                d.iatiIdentifier(), d.objectivesVi(), d.objectivesEn(), d.descriptionVi(), d.descriptionEn(),
                d.priorityField(), d.donorId(), d.implementerId(), d.ownerAgencyId(), d.governingAgencyId(),
                d.plannedStart(), d.plannedEnd(), d.disasterOn(), d.totalValue().amount(),
                d.totalValue().currency().getCurrencyCode(), counterpart == null ? null : counterpart.amount(),
                counterpart == null ? null : counterpart.currency().getCurrencyCode(), d.counterpart().source(),
                d.counterpart().form(), d.beneficiaries(), d.sectors(), d.locations(), d.parties(), d.contacts(),
                List.copyOf(d.publicGroups()));
    }

    /** The description as the item takes it; what the item API requires is required here too. */
    public AidItemDetails toDetails() {
        require(kind, "kind", "aid.item.kind.required");
        require(nameVi, "nameVi", "aid.item.nameVi.required");
        require(donorId, "donorId", "aid.item.donor.required");
        require(ownerAgencyId, "ownerAgencyId", "aid.item.owner.required");
        require(governingAgencyId, "governingAgencyId", "aid.item.governing.required");
        require(totalAmount, "totalAmount", "aid.item.totalAmount.required");
        require(totalCurrency, "totalCurrency", "aid.item.currency.unknown");
        return new AidItemDetails(kind, deliveryForm == null ? DeliveryForm.CASH : deliveryForm, nameVi.strip(),
                nameEn, nameOriginal, iatiIdentifier, objectivesVi, objectivesEn, descriptionVi, descriptionEn,
                priorityField, donorId, implementerId, ownerAgencyId, governingAgencyId, plannedStart, plannedEnd,
                disasterOn, money(totalAmount, totalCurrency, "totalCurrency"),
                new CounterpartFunds(counterpartAmount == null ? null : money(counterpartAmount,
                        counterpartCurrency == null ? "VND" : counterpartCurrency, "counterpartCurrency"),
                        counterpartSource, counterpartForm),
                beneficiaries, sectors, locations.stream().map(l -> new LocationShare(l.communeCode(),
                        l.provinceCode() == null ? "" : l.provinceCode(), l.enteredCode(), l.percent())).toList(),
                parties, contacts, publicGroups.isEmpty() ? Set.of() : EnumSet.copyOf(publicGroups));
    }

    /**
     * Keeps what a form cannot carry: a party typed again by role and name keeps its registry or agency link, and a
     * commune typed by its current code keeps the old code first entered for it.
     */
    Description carryingLinksOf(Description current) {
        List<Party> linked = new ArrayList<>();
        for (Party party : parties) {
            linked.add(party.organisationId() != null || party.agencyId() != null ? party : current.parties()
                    .stream().filter(p -> p.role() == party.role() && p.name().strip().equals(party.name().strip()))
                    .findFirst().orElse(party));
        }
        List<LocationShare> places = locations.stream().map(l -> l.enteredCode() != null ? l : current.locations()
                .stream().filter(c -> c.communeCode().equals(l.communeCode())).findFirst()
                .map(c -> new LocationShare(l.communeCode(), c.provinceCode(), c.enteredCode(), l.percent()))
                .orElse(l)).toList();
        return new Description(kind, deliveryForm, nameVi, nameEn, nameOriginal, iatiIdentifier, objectivesVi,
                objectivesEn, descriptionVi, descriptionEn, priorityField, donorId, implementerId, ownerAgencyId,
                governingAgencyId, plannedStart, plannedEnd, disasterOn, totalAmount, totalCurrency, counterpartAmount,
                counterpartCurrency, counterpartSource, counterpartForm, beneficiaries, sectors, places, linked,
                contacts, publicGroups);
    }

    public @Nullable Money totalValue() {
        return totalAmount == null || totalCurrency == null ? null : Money.of(totalAmount, totalCurrency);
    }

    public @Nullable Money counterpartValue() {
        return counterpartAmount == null ? null
                : Money.of(counterpartAmount, counterpartCurrency == null ? "VND" : counterpartCurrency);
    }

    private static Money money(BigDecimal amount, String currency, String field) {
        try {
            return Money.of(amount, currency.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "aid.item.currency.unknown");
        }
    }

    private static void require(@Nullable Object value, String field, String key) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new InvalidInputException(field, key);
        }
    }
}
