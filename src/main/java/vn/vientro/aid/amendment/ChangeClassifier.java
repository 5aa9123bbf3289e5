package vn.vientro.aid.amendment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.DescriptionGroup;
import vn.vientro.shared.Money;

/**
 * Tells a substantive change, which goes back to the original approver, from one the managing agency or aid owner
 * makes alone (Decree 80/2020 Art. 16; the figures are configuration, {@code AidRules.amendment()}). A change of the
 * total value counts only beyond the threshold, measured against the value last approved, so that small steps cannot
 * add up unseen; a change of currency always counts.
 *
 * @param substantiveFields fields whose change needs the approver
 * @param valueChangePercent share of the approved value beyond which a value change needs the approver
 */
record ChangeClassifier(Set<DescriptionGroup> substantiveFields, BigDecimal valueChangePercent) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final DescriptionGroup TOTAL_VALUE = DescriptionGroup.named("TOTAL_VALUE");

    ChangeClassifier {
        substantiveFields = Set.copyOf(substantiveFields);
    }

    /** @throws IllegalArgumentException for a name that is no part of the description: the application stops */
    static ChangeClassifier of(Collection<String> fieldNames, BigDecimal valueChangePercent) {
        return new ChangeClassifier(fieldNames.stream().map(DescriptionGroup::named).collect(Collectors.toSet()),
                valueChangePercent);
    }

    /**
     * @param approvedValue the total value last approved (by the approval or an approved amendment)
     */
    Classification classify(AidItemDetails current, AidItemDetails proposed, @Nullable Money approvedValue) {
        List<DescriptionGroup> changed = DescriptionGroup.changedBetween(current, proposed);
        List<DescriptionGroup> needApproval = new ArrayList<>();
        BigDecimal valueChange = null;
        for (DescriptionGroup field : changed) {
            if (field.equals(TOTAL_VALUE)) {
                Money baseline = approvedValue != null ? approvedValue : current.totalValue();
                valueChange = percentChange(baseline, proposed.totalValue());
                if (substantiveFields.contains(field)
                        && (valueChange == null || valueChange.compareTo(valueChangePercent) > 0)) {
                    needApproval.add(field);
                }
            } else if (substantiveFields.contains(field)) {
                needApproval.add(field);
            }
        }
        LocalDate end = current.fields().plannedEnd();
        LocalDate proposedEnd = proposed.fields().plannedEnd();
        boolean extension = end != null && proposedEnd != null && proposedEnd.isAfter(end);
        return new Classification(changed, needApproval, extension, valueChange);
    }

    /** The change in percent of the baseline, or none when it cannot be measured (another currency, from zero). */
    static @Nullable BigDecimal percentChange(@Nullable Money baseline, @Nullable Money proposed) {
        if (baseline == null || proposed == null || !baseline.currency().equals(proposed.currency())
                || baseline.amount().signum() == 0) {
            return null;
        }
        return proposed.amount().subtract(baseline.amount()).abs().multiply(HUNDRED)
                .divide(baseline.amount(), 2, RoundingMode.HALF_UP);
    }

    /**
     * @param changed      every field that differs from the current description
     * @param needApproval those that make the request substantive
     * @param extension    the end date moves later (gia hạn)
     * @param valueChange  the total value's change in percent of the approved value, when the value changed
     */
    record Classification(List<DescriptionGroup> changed, List<DescriptionGroup> needApproval, boolean extension,
                          @Nullable BigDecimal valueChange) {

        boolean substantive() {
            return !needApproval.isEmpty();
        }
    }
}
