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
import vn.vientro.shared.InputChecks;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

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

    /**
     * Checks the description and returns it with every location as a current commune; refuses it once with every
     * rule it breaks, each at its field.
     */
    AidItemDetails check(AidItemDetails details) {
        ItemDescription d = details.fields();
        InputChecks checks = new InputChecks();
        ItemFields.all().forEach(field -> checks.check(() -> FieldValues.check(field, field.valueOf(d))));
        checkParties(d, checks);
        checkCodes(d, checks);
        checkDates(d, checks);
        checkMoney(d, checks);
        checks.check(() -> checkBudget(d));
        checkBeneficiaries(d, checks);
        checks.check(() -> checkSectors(details.sectors()));
        checks.check(() -> checkPeople(details));
        List<LocationShare> locations = checks.read(() -> mapLocations(details.locations()));
        checks.done();
        return details.withLocations(locations);
    }

    /** Parties that exist; one left empty is already refused as required. */
    private void checkParties(ItemDescription d, InputChecks checks) {
        if (d.donorId() != null && registry.find(d.donorId()).isEmpty()) {
            checks.refuse("donorId", "aid.item.donor.unknown");
        }
        if (d.implementerId() != null && registry.find(d.implementerId()).isEmpty()) {
            checks.refuse("implementerId", "aid.item.implementer.unknown");
        }
        if (d.ownerAgencyId() != null && agencies.find(d.ownerAgencyId()).isEmpty()) {
            checks.refuse("ownerAgencyId", "aid.item.agency.unknown");
        }
        if (d.governingAgencyId() != null && agencies.find(d.governingAgencyId()).isEmpty()) {
            checks.refuse("governingAgencyId", "aid.item.agency.unknown");
        }
    }

    private void checkCodes(ItemDescription d, InputChecks checks) {
        if (d.iatiIdentifier() != null && !IATI_ACTIVITY.matcher(d.iatiIdentifier()).matches()) {
            checks.refuse("iatiIdentifier", "aid.item.iati.format", d.iatiIdentifier());
        }
        if (d.priorityField() != null && priorityFields.byCode(d.priorityField()).isEmpty()) {
            checks.refuse("priorityField", "aid.item.priorityField.unknown");
        }
    }

    /** Each check here reads only what was given: a required value left empty is refused as required already. */
    private static void checkDates(ItemDescription d, InputChecks checks) {
        if (d.plannedStart() != null && d.plannedEnd() != null && d.plannedEnd().isBefore(d.plannedStart())) {
            checks.refuse("plannedEnd", "aid.item.plannedEnd.beforeStart", d.plannedStart());
        }
        if (d.kind() != null && d.kind().isEmergency() && d.disasterOn() == null) {
            checks.refuse("disasterOn", "aid.item.disasterOn.required");
        }
    }

    private void checkMoney(ItemDescription d, InputChecks checks) {
        if (d.totalAmount() != null && d.totalAmount().signum() < 0) {
            checks.refuse("totalAmount", "aid.item.amount.negative");
        }
        for (String field : new String[] {"totalCurrency", "counterpartCurrency"}) {
            Object currency = ItemFields.named(field).orElseThrow().valueOf(d);
            if (currency != null && !codelists.exists(Codelists.CURRENCY, currency.toString())) {
                checks.refuse(field, "aid.item.currency.unknown");
            }
        }
        if (d.counterpartAmount() != null && d.counterpartAmount().signum() < 0) {
            checks.refuse("counterpartAmount", "aid.item.amount.negative");
        }
    }

    /** Aid recorded in the state budget is booked in the budget of one level; aid outside it has none. */
    private static void checkBudget(ItemDescription d) {
        if (Boolean.TRUE.equals(d.budgetRecorded()) && d.budgetLevel() == null) {
            throw new InvalidInputException("budgetLevel", "aid.item.budgetLevel.required");
        }
        if (!Boolean.TRUE.equals(d.budgetRecorded()) && d.budgetLevel() != null) {
            throw new InvalidInputException("budgetLevel", "aid.item.budgetLevel.outsideBudget");
        }
    }

    private static void checkBeneficiaries(ItemDescription d, InputChecks checks) {
        String[] fields = {"beneficiariesTotal", "beneficiariesWomen", "beneficiariesDisabled", "beneficiariesEthnic",
                "beneficiariesChildren"};
        Integer[] counts = {d.beneficiariesTotal(), d.beneficiariesWomen(), d.beneficiariesDisabled(),
                d.beneficiariesEthnic(), d.beneficiariesChildren()};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != null && counts[i] < 0) {
                checks.refuse(fields[i], "aid.item.beneficiaries.negative");
            } else if (i > 0 && counts[i] != null && d.beneficiariesTotal() != null
                    && counts[i] > d.beneficiariesTotal()) {
                checks.refuse(fields[i], "aid.item.beneficiaries.partOverTotal", d.beneficiariesTotal());
            }
        }
    }

    /** The parties and contacts, one per line on the form, are refused at their list when a text is too long. */
    private static void checkPeople(AidItemDetails details) {
        details.parties().forEach(party -> TextLength.require("parties", party.name(), TextLength.NAME));
        for (ItemContact contact : details.contacts()) {
            TextLength.require("contacts", contact.fullName(), TextLength.NAME);
            TextLength.require("contacts", contact.position(), TextLength.NAME);
            TextLength.require("contacts", contact.phone(), TextLength.CODE);
            TextLength.require("contacts", contact.email(), TextLength.EMAIL);
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
