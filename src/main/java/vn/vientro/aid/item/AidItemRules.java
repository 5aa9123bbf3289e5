package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.vientro.identity.Agencies;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.SuccessorUnit;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.Registry;
import vn.vientro.shared.InvalidInputException;

/** Checks an item's description against the reference data and the registry, and maps old commune codes. */
@Component
class AidItemRules {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    /** IATI activity identifier: the reporting organisation's identifier, a hyphen, its own activity reference. */
    private static final Pattern IATI_ACTIVITY = Pattern.compile("[A-Za-z]{2}(-[A-Za-z0-9]+)+-[^\\s/&|?]+");

    private final Codelists codelists;
    private final PriorityFields priorityFields;
    private final AdminUnits adminUnits;
    private final Registry registry;
    private final Agencies agencies;

    AidItemRules(Codelists codelists, PriorityFields priorityFields, AdminUnits adminUnits, Registry registry,
                 Agencies agencies) {
        this.codelists = codelists;
        this.priorityFields = priorityFields;
        this.adminUnits = adminUnits;
        this.registry = registry;
        this.agencies = agencies;
    }

    /** Checks the description and returns it with every location as a current commune. */
    AidItemDetails check(AidItemDetails details) {
        if (details.nameVi() == null || details.nameVi().isBlank()) {
            throw new InvalidInputException("nameVi", "aid.item.nameVi.required");
        }
        registry.find(details.donorId()).orElseThrow(() -> new InvalidInputException("donorId", "aid.item.donor.unknown"));
        if (details.implementerId() != null && registry.find(details.implementerId()).isEmpty()) {
            throw new InvalidInputException("implementerId", "aid.item.implementer.unknown");
        }
        agencies.find(details.ownerAgencyId())
                .orElseThrow(() -> new InvalidInputException("ownerAgencyId", "aid.item.agency.unknown"));
        agencies.find(details.governingAgencyId())
                .orElseThrow(() -> new InvalidInputException("governingAgencyId", "aid.item.agency.unknown"));
        if (details.iatiIdentifier() != null && !IATI_ACTIVITY.matcher(details.iatiIdentifier()).matches()) {
            throw new InvalidInputException("iatiIdentifier", "aid.item.iati.format", details.iatiIdentifier());
        }
        if (details.priorityField() != null && priorityFields.byCode(details.priorityField()).isEmpty()) {
            throw new InvalidInputException("priorityField", "aid.item.priorityField.unknown");
        }
        checkDates(details);
        checkMoney(details);
        checkBeneficiaries(details.beneficiaries());
        checkSectors(details.sectors());
        return details.withLocations(mapLocations(details.locations()));
    }

    private void checkDates(AidItemDetails d) {
        if (d.plannedStart() != null && d.plannedEnd() != null && d.plannedEnd().isBefore(d.plannedStart())) {
            throw new InvalidInputException("plannedEnd", "aid.item.plannedEnd.beforeStart");
        }
        if (d.kind().isEmergency() && d.disasterOn() == null) {
            throw new InvalidInputException("disasterOn", "aid.item.disasterOn.required");
        }
    }

    private void checkMoney(AidItemDetails d) {
        if (d.totalValue().isNegative()) {
            throw new InvalidInputException("totalAmount", "aid.item.amount.negative");
        }
        if (!codelists.exists(Codelists.CURRENCY, d.totalValue().currency().getCurrencyCode())) {
            throw new InvalidInputException("totalCurrency", "aid.item.currency.unknown");
        }
        if (d.counterpart().amount() != null && d.counterpart().amount().isNegative()) {
            throw new InvalidInputException("counterpartAmount", "aid.item.amount.negative");
        }
    }

    private static void checkBeneficiaries(Beneficiaries b) {
        for (Integer count : new Integer[] {b.total(), b.women(), b.disabled(), b.ethnicMinority(), b.children()}) {
            if (count != null && count < 0) {
                throw new InvalidInputException("beneficiariesTotal", "aid.item.beneficiaries.negative");
            }
        }
        if (b.total() != null) {
            String[] fields = {"beneficiariesWomen", "beneficiariesDisabled", "beneficiariesEthnic",
                    "beneficiariesChildren"};
            Integer[] parts = {b.women(), b.disabled(), b.ethnicMinority(), b.children()};
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] != null && parts[i] > b.total()) {
                    throw new InvalidInputException(fields[i], "aid.item.beneficiaries.partOverTotal");
                }
            }
        }
    }

    private void checkSectors(List<SectorShare> sectors) {
        Set<String> seen = new HashSet<>();
        for (SectorShare share : sectors) {
            if (codelists.sector(share.sectorCode()).isEmpty()) {
                throw new InvalidInputException("sectors", "aid.item.sector.unknown", share.sectorCode());
            }
            if (!seen.add(share.sectorCode())) {
                throw new InvalidInputException("sectors", "aid.item.sector.twice", share.sectorCode());
            }
            checkPercent(share.percent(), "sectors");
        }
        checkTotal(sectors.stream().map(SectorShare::percent).toList(), "sectors");
    }

    private List<LocationShare> mapLocations(List<LocationShare> entered) {
        List<LocationShare> mapped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LocationShare share : entered) {
            checkPercent(share.percent(), "locations");
            LocationShare current = toCurrent(share);
            if (!seen.add(current.communeCode())) {
                throw new InvalidInputException("locations", "aid.item.location.twice", current.communeCode());
            }
            mapped.add(current);
        }
        checkTotal(mapped.stream().map(LocationShare::percent).toList(), "locations");
        return mapped;
    }

    /** A current commune stays; an old one becomes its successor, unless it was split (then the user must choose). */
    private LocationShare toCurrent(LocationShare share) {
        String code = share.communeCode().trim();
        Optional<AdminUnit> current = adminUnits.find(UnitSet.CURRENT, code).filter(AdminUnit::isCommune);
        if (current.isPresent()) {
            return new LocationShare(current.get().code(), current.get().provinceCode(), share.enteredCode(),
                    share.percent());
        }
        Optional<AdminUnit> old = adminUnits.find(UnitSet.PRE2025, code).filter(AdminUnit::isCommune);
        if (old.isEmpty()) {
            throw new InvalidInputException("locations", "aid.item.location.unknown", code);
        }
        List<SuccessorUnit> successors = adminUnits.successors(old.get().code());
        if (successors.size() != 1) {
            throw new InvalidInputException("locations", "aid.item.location.split", old.get().path(),
                    String.join(", ", successors.stream().map(s -> s.unit().code() + " " + s.unit().fullNameVi())
                            .toList()));
        }
        AdminUnit successor = successors.get(0).unit();
        return new LocationShare(successor.code(), successor.provinceCode(), old.get().code(), share.percent());
    }

    private static void checkPercent(BigDecimal percent, String field) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException(field, "aid.item.percent.range");
        }
    }

    /** Shares are optional while drafting, but once given they must add up to 100 %. */
    private static void checkTotal(List<BigDecimal> percents, String field) {
        if (!percents.isEmpty() && AidItemQueries.sum(percents).compareTo(HUNDRED) != 0) {
            throw new InvalidInputException(field, "aid.item.percent.total", AidItemQueries.sum(percents));
        }
    }
}
