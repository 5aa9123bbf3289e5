package vn.vientro.mobilisation.need;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.shared.InvalidInputException;

/**
 * Checks a need's description against the reference lists and its own figures, and reports every broken rule at once:
 * the priority field, the DAC sectors, the communes (current units), a foreign amount with its currency, groups of
 * beneficiaries no larger than their total, counterpart funds no larger than the cost.
 */
@Component
class NeedRules {

    private final PriorityFields priorityFields;
    private final Codelists codelists;
    private final AdminUnits adminUnits;

    NeedRules(PriorityFields priorityFields, Codelists codelists, AdminUnits adminUnits) {
        this.priorityFields = priorityFields;
        this.codelists = codelists;
        this.adminUnits = adminUnits;
    }

    void check(NeedDescription need) {
        List<InvalidInputException> broken = new ArrayList<>();
        if (priorityFields.byCode(need.priorityField()).isEmpty()) {
            broken.add(new InvalidInputException("priorityField", "mobilisation.need.priorityField.unknown"));
        }
        List<String> unknownSectors = need.sectors().stream().filter(code -> codelists.sector(code).isEmpty())
                .toList();
        if (!unknownSectors.isEmpty()) {
            broken.add(new InvalidInputException("sectors", "mobilisation.need.sectors.unknown",
                    String.join(", ", unknownSectors)));
        }
        List<String> unknownCommunes = need.communes().stream().filter(code -> adminUnits.find(UnitSet.CURRENT, code)
                .filter(AdminUnit::isCommune).isEmpty()).toList();
        if (!unknownCommunes.isEmpty()) {
            broken.add(new InvalidInputException("communes", "mobilisation.need.communes.unknown",
                    String.join(", ", unknownCommunes)));
        }
        checkMoney(need, broken);
        checkBeneficiaries(need.beneficiaries(), broken);
        if (!broken.isEmpty()) {
            throw new NeedInputRefusedException(broken);
        }
    }

    private void checkMoney(NeedDescription need, List<InvalidInputException> broken) {
        if ((need.foreignAmount() == null) != (need.foreignCurrency() == null)) {
            broken.add(new InvalidInputException(need.foreignAmount() == null ? "foreignAmount" : "foreignCurrency",
                    "mobilisation.need.foreign.both"));
        } else if (need.foreignCurrency() != null && !codelists.exists(Codelists.CURRENCY, need.foreignCurrency())) {
            broken.add(new InvalidInputException("foreignCurrency", "mobilisation.need.currency.invalid"));
        }
        if (need.counterpart().compareTo(need.estimatedCost()) > 0) {
            broken.add(new InvalidInputException("counterpart", "mobilisation.need.counterpart.tooLarge"));
        }
    }

    private static void checkBeneficiaries(Beneficiaries people, List<InvalidInputException> broken) {
        if (people.total() == null) {
            return;
        }
        check("poorHouseholds", people.poorHouseholds(), people.total(), broken);
        check("children", people.children(), people.total(), broken);
        check("peopleWithDisabilities", people.peopleWithDisabilities(), people.total(), broken);
        check("ethnicMinorities", people.ethnicMinorities(), people.total(), broken);
        check("women", people.women(), people.total(), broken);
    }

    private static void check(String field, @org.jspecify.annotations.Nullable Integer group, int total, List<InvalidInputException> broken) {
        if (group != null && group > total) {
            broken.add(new InvalidInputException(field, "mobilisation.need.group.aboveTotal", total));
        }
    }
}
