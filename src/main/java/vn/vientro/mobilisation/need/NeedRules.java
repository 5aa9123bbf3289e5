package vn.vientro.mobilisation.need;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.shared.InputChecks;

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
        InputChecks checks = new InputChecks();
        if (priorityFields.byCode(need.priorityField()).isEmpty()) {
            checks.refuse("priorityField", "mobilisation.need.priorityField.unknown");
        }
        List<String> unknownSectors = need.sectors().stream().filter(code -> codelists.sector(code).isEmpty())
                .toList();
        if (!unknownSectors.isEmpty()) {
            checks.refuse("sectors", "mobilisation.need.sectors.unknown",
                    String.join(", ", unknownSectors));
        }
        List<String> unknownCommunes = need.communes().stream().filter(code -> adminUnits.find(UnitSet.CURRENT, code)
                .filter(AdminUnit::isCommune).isEmpty()).toList();
        if (!unknownCommunes.isEmpty()) {
            checks.refuse("communes", "mobilisation.need.communes.unknown",
                    String.join(", ", unknownCommunes));
        }
        checkMoney(need, checks);
        checkBeneficiaries(need.beneficiaries(), checks);
        checks.done();
    }

    private void checkMoney(NeedDescription need, InputChecks checks) {
        if ((need.foreignAmount() == null) != (need.foreignCurrency() == null)) {
            checks.refuse(need.foreignAmount() == null ? "foreignAmount" : "foreignCurrency",
                    "mobilisation.need.foreign.both");
        } else if (need.foreignCurrency() != null && !codelists.exists(Codelists.CURRENCY, need.foreignCurrency())) {
            checks.refuse("foreignCurrency", "mobilisation.need.currency.invalid");
        }
        if (need.counterpart().compareTo(need.estimatedCost()) > 0) {
            checks.refuse("counterpart", "mobilisation.need.counterpart.tooLarge");
        }
    }

    private static void checkBeneficiaries(Beneficiaries people, InputChecks checks) {
        if (people.total() == null) {
            return;
        }
        check("poorHouseholds", people.poorHouseholds(), people.total(), checks);
        check("children", people.children(), people.total(), checks);
        check("peopleWithDisabilities", people.peopleWithDisabilities(), people.total(), checks);
        check("ethnicMinorities", people.ethnicMinorities(), people.total(), checks);
        check("women", people.women(), people.total(), checks);
    }

    private static void check(String field, @org.jspecify.annotations.Nullable Integer group, int total,
                              InputChecks checks) {
        if (group != null && group > total) {
            checks.refuse(field, "mobilisation.need.group.aboveTotal", total);
        }
    }
}
