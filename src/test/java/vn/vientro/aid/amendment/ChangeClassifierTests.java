package vn.vientro.aid.amendment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.DeliveryForm;
import vn.vientro.aid.item.DescriptionGroup;
import vn.vientro.aid.item.ItemContact;
import vn.vientro.aid.item.ItemDescription;
import vn.vientro.aid.item.ItemFields;
import vn.vientro.aid.item.LocationShare;
import vn.vientro.aid.item.SectorShare;
import vn.vientro.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeClassifierTests {

    private static final DescriptionGroup TOTAL_VALUE = DescriptionGroup.named("TOTAL_VALUE");

    private final ChangeClassifier rule = ChangeClassifier.of(
            List.of("OBJECTIVES", "LOCATIONS", "BENEFICIARIES", "END_DATE", "COUNTERPART", "TOTAL_VALUE"),
            new BigDecimal("10"));

    @Test
    void reallocationBetweenSectorsAndNewContactsAreMinor() {
        AidItemDetails before = item("100000.00", LocalDate.of(2027, 12, 31), "12220 60", "13040 40");
        AidItemDetails after = with(item("100000", LocalDate.of(2027, 12, 31), "13040 50", "12220 50.00"),
                List.of(new ItemContact("Nguyễn Văn A", null, "0912", null)));
        ChangeClassifier.Classification result = rule.classify(before, after, before.totalValue());
        assertThat(result.changed()).containsExactly(DescriptionGroup.named("SECTORS"),
                DescriptionGroup.named("CONTACTS"));
        assertThat(result.substantive()).isFalse();
        assertThat(result.extension()).isFalse();
    }

    @Test
    void orderTrailingZerosAndLineEndsAreNoChange() {
        AidItemDetails before = changed(item("100000.00", LocalDate.of(2027, 12, 31), "12220 60", "13040 40"),
                "objectivesVi", "Mục tiêu\r\nthứ hai  ");
        AidItemDetails after = changed(item("100000", LocalDate.of(2027, 12, 31), "13040 40.0", "12220 60"),
                "objectivesVi", "Mục tiêu\nthứ hai");
        assertThat(DescriptionGroup.changedBetween(before, after)).isEmpty();
    }

    @Test
    void theAccountAndTheBudgetAreTheirOwnMinorParts() {
        AidItemDetails before = item("100000", LocalDate.of(2027, 12, 31), "12220 100");
        AidItemDetails after = changed(changed(before, "aidAccountNumber", "0201000123"), "budgetRecorded", true);
        ChangeClassifier.Classification result = rule.classify(before, after, before.totalValue());
        assertThat(result.changed()).containsExactly(DescriptionGroup.named("AID_ACCOUNT"),
                DescriptionGroup.named("STATE_BUDGET"));
        assertThat(result.substantive()).as("not among the configured substantive parts").isFalse();
    }

    @Test
    void movingTheEndDateLaterIsASubstantiveExtension() {
        AidItemDetails before = item("100000", LocalDate.of(2027, 12, 31), "12220 100");
        ChangeClassifier.Classification result = rule.classify(before,
                item("100000", LocalDate.of(2028, 6, 30), "12220 100"), before.totalValue());
        assertThat(result.needApproval()).containsExactly(DescriptionGroup.named("END_DATE"));
        assertThat(result.extension()).isTrue();
    }

    @Test
    void valueChangesCountAgainstTheApprovedValueBeyondTheThreshold() {
        AidItemDetails approved = item("100000", LocalDate.of(2027, 12, 31), "12220 100");
        Money approvedValue = approved.totalValue();
        ChangeClassifier.Classification plusFive = rule.classify(approved,
                item("105000", LocalDate.of(2027, 12, 31), "12220 100"), approvedValue);
        assertThat(plusFive.changed()).containsExactly(TOTAL_VALUE);
        assertThat(plusFive.substantive()).isFalse();
        assertThat(plusFive.valueChange()).isEqualByComparingTo("5");

        AidItemDetails afterFive = item("105000", LocalDate.of(2027, 12, 31), "12220 100");
        ChangeClassifier.Classification anotherFive = rule.classify(afterFive,
                item("110250", LocalDate.of(2027, 12, 31), "12220 100"), approvedValue);
        assertThat(anotherFive.valueChange()).as("measured from the approved value").isEqualByComparingTo("10.25");
        assertThat(anotherFive.needApproval()).containsExactly(TOTAL_VALUE);

        assertThat(rule.classify(approved, item("110000", LocalDate.of(2027, 12, 31), "12220 100"), approvedValue)
                .substantive()).as("exactly at the threshold").isFalse();
        assertThat(new ChangeClassifier(Set.of(TOTAL_VALUE), new BigDecimal("20"))
                .classify(approved, item("115000", LocalDate.of(2027, 12, 31), "12220 100"), approvedValue)
                .substantive()).as("the threshold is the configured one").isFalse();
    }

    @Test
    void anotherCurrencyAlwaysNeedsApproval() {
        AidItemDetails approved = item("100000", LocalDate.of(2027, 12, 31), "12220 100");
        AidItemDetails euros = changed(approved, "totalCurrency", "EUR");
        assertThat(rule.classify(approved, euros, approved.totalValue()).needApproval())
                .containsExactly(TOTAL_VALUE);
    }

    @Test
    void snapshotsKeepTheirShapeThroughJson() {
        AidItemDetails description = changed(with(item("100000.50", LocalDate.of(2027, 12, 31), "12220 60",
                "13040 40"), List.of(new ItemContact("Nguyễn Văn A", "Cán bộ", null, "a@example.vn"))),
                "budgetLevel", ItemDescription.BudgetLevel.COMMUNE);
        String json = Snapshots.write(description);
        assertThat(json).contains("\"plannedEnd\":\"2027-12-31\"").contains("\"totalAmount\":100000.50")
                .contains("\"budgetLevel\":\"COMMUNE\"").doesNotContain("\"fields\"");
        assertThat(Snapshots.read(json)).isEqualTo(description);
    }

    @Test
    void anUnknownPartStopsTheApplication() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ChangeClassifier.of(List.of("OBJECTIVES", "BUDGET"), BigDecimal.TEN))
                .withMessageContaining("BUDGET");
    }

    private static AidItemDetails item(String total, LocalDate end, String... sectors) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", AidKind.TECHNICAL_ASSISTANCE);
        fields.put("deliveryForm", DeliveryForm.CASH);
        fields.put("nameVi", "Nâng cao năng lực y tế cơ sở");
        fields.put("objectivesVi", "Mục tiêu");
        fields.put("donorId", 1L);
        fields.put("ownerAgencyId", 2L);
        fields.put("governingAgencyId", 3L);
        fields.put("plannedStart", LocalDate.of(2026, 1, 1));
        fields.put("plannedEnd", end);
        fields.put("totalAmount", new BigDecimal(total));
        fields.put("totalCurrency", "USD");
        return new AidItemDetails(ItemFields.build(fields),
                java.util.Arrays.stream(sectors).map(s -> s.split(" "))
                        .map(p -> new SectorShare(p[0], new BigDecimal(p[1]))).toList(),
                List.of(new LocationShare("08716", "25", null, new BigDecimal("100"))), List.of(), List.of(),
                Set.of());
    }

    private static AidItemDetails changed(AidItemDetails d, String field, Object value) {
        return d.withFields(ItemFields.with(d.fields(), field, value));
    }

    private static AidItemDetails with(AidItemDetails d, List<ItemContact> contacts) {
        return new AidItemDetails(d.fields(), d.sectors(), d.locations(), d.parties(), contacts, d.publicGroups());
    }
}
