package vn.vientro.aid.amendment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.item.Beneficiaries;
import vn.vientro.aid.item.DeliveryForm;
import vn.vientro.aid.item.ItemContact;
import vn.vientro.aid.item.LocationShare;
import vn.vientro.aid.item.SectorShare;
import vn.vientro.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeClassifierTests {

    private final ChangeClassifier rule = ChangeClassifier.of(
            List.of("OBJECTIVES", "LOCATIONS", "BENEFICIARIES", "END_DATE", "COUNTERPART", "TOTAL_VALUE"),
            new BigDecimal("10"));

    @Test
    void reallocationBetweenSectorsAndNewContactsAreMinor() {
        Description before = item("100000.00", LocalDate.of(2027, 12, 31), "12220 60", "13040 40");
        Description after = with(item("100000", LocalDate.of(2027, 12, 31), "13040 50", "12220 50.00"),
                List.of(new ItemContact("Nguyễn Văn A", null, "0912", null)));
        ChangeClassifier.Classification result = rule.classify(before, after, before.totalValue());
        assertThat(result.changed()).containsExactly(DescriptionField.SECTORS, DescriptionField.CONTACTS);
        assertThat(result.substantive()).isFalse();
        assertThat(result.extension()).isFalse();
    }

    @Test
    void orderTrailingZerosAndLineEndsAreNoChange() {
        Description before = item("100000.00", LocalDate.of(2027, 12, 31), "12220 60", "13040 40");
        Description after = item("100000", LocalDate.of(2027, 12, 31), "13040 40.0", "12220 60");
        assertThat(DescriptionField.changedBetween(before, after)).isEmpty();
        assertThat(DescriptionField.text("Mục tiêu\r\nthứ hai  ")).isEqualTo("Mục tiêu\nthứ hai");
    }

    @Test
    void movingTheEndDateLaterIsASubstantiveExtension() {
        Description before = item("100000", LocalDate.of(2027, 12, 31), "12220 100");
        ChangeClassifier.Classification result = rule.classify(before,
                item("100000", LocalDate.of(2028, 6, 30), "12220 100"), before.totalValue());
        assertThat(result.needApproval()).containsExactly(DescriptionField.END_DATE);
        assertThat(result.extension()).isTrue();
    }

    @Test
    void valueChangesCountAgainstTheApprovedValueBeyondTheThreshold() {
        Description approved = item("100000", LocalDate.of(2027, 12, 31), "12220 100");
        Money approvedValue = approved.totalValue();
        ChangeClassifier.Classification plusFive = rule.classify(approved,
                item("105000", LocalDate.of(2027, 12, 31), "12220 100"), approvedValue);
        assertThat(plusFive.changed()).containsExactly(DescriptionField.TOTAL_VALUE);
        assertThat(plusFive.substantive()).isFalse();
        assertThat(plusFive.valueChange()).isEqualByComparingTo("5");

        Description afterFive = item("105000", LocalDate.of(2027, 12, 31), "12220 100");
        ChangeClassifier.Classification anotherFive = rule.classify(afterFive,
                item("110250", LocalDate.of(2027, 12, 31), "12220 100"), approvedValue);
        assertThat(anotherFive.valueChange()).as("measured from the approved value").isEqualByComparingTo("10.25");
        assertThat(anotherFive.needApproval()).containsExactly(DescriptionField.TOTAL_VALUE);

        assertThat(rule.classify(approved, item("110000", LocalDate.of(2027, 12, 31), "12220 100"), approvedValue)
                .substantive()).as("exactly at the threshold").isFalse();
        assertThat(new ChangeClassifier(java.util.Set.of(DescriptionField.TOTAL_VALUE), new BigDecimal("20"))
                .classify(approved, item("115000", LocalDate.of(2027, 12, 31), "12220 100"), approvedValue)
                .substantive()).as("the threshold is the configured one").isFalse();
    }

    @Test
    void anotherCurrencyAlwaysNeedsApproval() {
        Description approved = item("100000", LocalDate.of(2027, 12, 31), "12220 100");
        Description euros = new Description(approved.kind(), approved.deliveryForm(), approved.nameVi(), null, null,
                null, approved.objectivesVi(), null, null, null, null, approved.donorId(), null,
                approved.ownerAgencyId(), approved.governingAgencyId(), approved.plannedStart(), approved.plannedEnd(),
                null, new BigDecimal("100000"), "EUR", null, null, null, null, approved.beneficiaries(),
                approved.sectors(), approved.locations(), List.of(), List.of(), List.of());
        assertThat(rule.classify(approved, euros, approved.totalValue()).needApproval())
                .containsExactly(DescriptionField.TOTAL_VALUE);
    }

    @Test
    void snapshotsKeepTheirShapeThroughJson() {
        Description description = with(item("100000.50", LocalDate.of(2027, 12, 31), "12220 60", "13040 40"),
                List.of(new ItemContact("Nguyễn Văn A", "Cán bộ", null, "a@example.vn")));
        String json = Snapshots.write(description);
        assertThat(json).contains("\"plannedEnd\":\"2027-12-31\"").contains("\"totalAmount\":100000.50");
        assertThat(Snapshots.read(json)).isEqualTo(description);
    }

    private static Description item(String total, LocalDate end, String... sectors) {
        return new Description(AidKind.TECHNICAL_ASSISTANCE, DeliveryForm.CASH, "Nâng cao năng lực y tế cơ sở",
                null, null, null, "Mục tiêu", null, null, null, null, 1L, null, 2L, 3L, LocalDate.of(2026, 1, 1), end,
                null, new BigDecimal(total), "USD", null, null, null, null, Beneficiaries.none(),
                java.util.Arrays.stream(sectors).map(s -> s.split(" "))
                        .map(p -> new SectorShare(p[0], new BigDecimal(p[1]))).toList(),
                List.of(new LocationShare("08716", "25", null, new BigDecimal("100"))), List.of(), List.of(),
                List.of());
    }

    private static Description with(Description d, List<ItemContact> contacts) {
        return new Description(d.kind(), d.deliveryForm(), d.nameVi(), d.nameEn(), d.nameOriginal(),
                d.iatiIdentifier(), d.objectivesVi(), d.objectivesEn(), d.descriptionVi(), d.descriptionEn(),
                d.priorityField(), d.donorId(), d.implementerId(), d.ownerAgencyId(), d.governingAgencyId(),
                d.plannedStart(), d.plannedEnd(), d.disasterOn(), d.totalAmount(), d.totalCurrency(),
                d.counterpartAmount(), d.counterpartCurrency(), d.counterpartSource(), d.counterpartForm(),
                d.beneficiaries(), d.sectors(), d.locations(), d.parties(), contacts, d.publicGroups());
    }
}
