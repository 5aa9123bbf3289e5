package vn.vientro.aid.appraisal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.LegalBasis;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.aid.item.CounterpartForm;
import vn.vientro.aid.item.DeliveryForm;
import vn.vientro.aid.item.ItemDescription;
import vn.vientro.aid.item.ItemField;
import vn.vientro.aid.item.ItemFields;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafts' whole text, read back from the .docx, against the text the Java-built drafts had before their wording
 * moved to templates ({@code src/test/resources/aid/appraisal/drafts/}): every branch of the wording, names with
 * markup characters, and the datelines of Decree 30/2020.
 */
@VientroIntegrationTest
class DraftWordingIntegrationTests {

    private static final Path EXPECTED = Path.of("src/test/resources/aid/appraisal/drafts");

    /** Nothing recorded beyond the description; the owner's head as the agencies' data would name it. */
    private static final DraftFacts UNRECORDED = DraftFacts.unrecorded(
            new DraftFacts.Heads(null, null, null, "Giám đốc Sở Chủ khoản"));

    /** The appraisal concluded (its report numbered without its symbol), the decision proposed and signed. */
    private static final DraftFacts RECORDED = new DraftFacts(new DraftFacts.Paper("125", LocalDate.of(2026, 3, 5)),
            new DraftFacts.Conclusion("APPROVE_WITH_CONDITIONS", "Đủ điều kiện phê duyệt; bổ sung kế hoạch cho xã."),
            new DraftFacts.Paper("45/TTr-STC", LocalDate.of(2026, 3, 9)),
            new DraftFacts.Paper("12/QĐ-UBND", LocalDate.of(2026, 3, 16)), "Nguyễn Văn Chủ tịch",
            new DraftFacts.Heads("Giám đốc Sở Tài chính tỉnh Phú Thọ", "Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ",
                    "Chánh Văn phòng Ủy ban nhân dân tỉnh Phú Thọ", "Giám đốc Sở Y tế tỉnh Phú Thọ"));

    @Autowired
    DecisionDraft decisions;

    @Autowired
    AppraisalReportDraft reports;

    @Autowired
    Agencies agencies;

    @Test
    void decisionWithoutObjectivesPlacesOrBeneficiariesInDongWithCounterpartInKind() {
        String text = text(decisions.write(inDong(), UNRECORDED, LocalDate.of(2026, 2, 9)));
        assertThat(text).isEqualTo(expected("decision-in-dong.txt"))
                .contains("Phú Thọ, ngày 09 tháng 02 năm 2026");
    }

    @Test
    void decisionInEurosWithItsDongEquivalentAndAForeignCounterpart() {
        String text = text(decisions.write(inEuros(), UNRECORDED, LocalDate.of(2026, 1, 15)));
        assertThat(text).isEqualTo(expected("decision-in-euros.txt"))
                .contains("Phú Thọ, ngày 15 tháng 01 năm 2026");
    }

    @Test
    void decisionWithoutOriginalNameOrCounterpart() {
        String text = text(decisions.write(inDollars(), UNRECORDED, LocalDate.of(2026, 11, 23)));
        assertThat(text).isEqualTo(expected("decision-in-dollars.txt"))
                .contains("Phú Thọ, ngày 23 tháng 11 năm 2026");
    }

    @Test
    void everyFieldTheDescriptionMarksForTheDecisionIsStatedInIt() {
        AidItemView everything = everything();
        String text = text(decisions.write(everything, UNRECORDED, LocalDate.of(2026, 5, 4)));
        for (ItemField field : ItemFields.where(field -> field.spec().decision())) {
            if (field.input() == ItemField.Input.REFERENCE) {
                continue; // organisations and agencies are stated by name, checked below
            }
            Object changed = otherValue(field, field.valueOf(everything.item().fields()));
            AidItemRecord item = finance(everything.item(), Map.of(field.name(), changed));
            assertThat(text(decisions.write(view(item, "E", List.of("Xã Một")), UNRECORDED,
                    LocalDate.of(2026, 5, 4))))
                    .as("the decision states " + field.name()).isNotEqualTo(text);
        }
        assertThat(text).contains("Nhà tài trợ E").contains("Chủ khoản E").contains("Chủ quản E");
    }

    /** An item with every field the decision states. */
    private static AidItemView everything() {
        AidItemRecord item = item("Original", "English", "Mục tiêu E", "USD", "5000.00", "125000000", "100.00",
                "USD", "ngân sách tỉnh", CounterpartForm.CASH, "Nhóm E", 300, LocalDate.of(2026, 6, 1),
                LocalDate.of(2027, 5, 31), LocalDate.of(2026, 4, 1), LegalBasis.D313);
        item = finance(item, Map.of("aidAccountNumber", "0201000999", "aidAccountBank", "Ngân hàng E",
                "aidAccountBranch", "Chi nhánh E", "aidAccountHolder", "Chủ tài khoản E", "budgetRecorded", true,
                "budgetLevel", ItemDescription.BudgetLevel.PROVINCIAL));
        return view(item, "E", List.of("Xã Một"));
    }

    private static Object otherValue(ItemField field, @Nullable Object value) {
        Class<?> type = field.type();
        if (type.isEnum()) {
            return java.util.Arrays.stream(type.getEnumConstants()).filter(constant -> !constant.equals(value))
                    .findFirst().orElseThrow();
        }
        if (type == Boolean.class) {
            return !Boolean.TRUE.equals(value);
        }
        if (type == BigDecimal.class) {
            return value == null ? new BigDecimal("777") : ((BigDecimal) value).add(BigDecimal.ONE);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2030, 7, 7);
        }
        if (type == Integer.class) {
            return 4242;
        }
        return "Giá trị khác 42";
    }

    @Test
    void reportWithEveryKindOfOpinionAndSealedOnes() {
        long police = vn.vientro.identity.ProvinceAgencies.police().id();
        String text = text(reports.write(inDong(), UNRECORDED, opinions(), List.of(police, 999_999L),
                LocalDate.of(2026, 3, 5)));
        assertThat(text).isEqualTo(expected("report-with-opinions.txt"))
                .contains("Phú Thọ, ngày 05 tháng 3 năm 2026");
    }

    @Test
    void reportStatesItsRecordedNumberDateConclusionAndCountOfOpinions() {
        long police = vn.vientro.identity.ProvinceAgencies.police().id();
        String text = text(reports.write(inEuros(), RECORDED, opinions(), List.of(police), LocalDate.of(2026, 3, 20)));
        assertThat(text).isEqualTo(expected("report-recorded.txt"))
                .contains("[1,0] Số: 125/BC-STC", "Phú Thọ, ngày 05 tháng 3 năm 2026",
                        "Kết luận thẩm định: Đề nghị phê duyệt có điều kiện. Đủ điều kiện phê duyệt; bổ sung kế hoạch"
                                + " cho xã.\n")
                .doesNotContain("..");
    }

    @Test
    void decisionCitesTheRecordedReportAndSubmissionWithItsOwnNumberSignerAndHeads() {
        String text = text(decisions.write(inEuros(), RECORDED, LocalDate.of(2026, 3, 20)));
        assertThat(text).isEqualTo(expected("decision-recorded.txt"))
                .contains("[1,0] Số: 12/QĐ-UBND", "Phú Thọ, ngày 16 tháng 3 năm 2026",
                        "Theo đề nghị của Giám đốc Sở Tài chính tỉnh Phú Thọ tại Báo cáo kết quả thẩm định số"
                                + " 125/BC-STC ngày 05/03/2026 và Tờ trình số 45/TTr-STC ngày 09/03/2026.",
                        "Chánh Văn phòng Ủy ban nhân dân tỉnh Phú Thọ, Giám đốc Sở Tài chính tỉnh Phú Thọ, Giám đốc"
                                + " Sở Y tế tỉnh Phú Thọ và các cơ quan", "Nguyễn Văn Chủ tịch")
                .doesNotContain("..", "Thủ trưởng");
    }

    @Test
    void reportWithoutOpinions() {
        String text = text(reports.write(inEuros(), UNRECORDED, List.of(), List.of(), LocalDate.of(2026, 2, 7)));
        assertThat(text).isEqualTo(expected("report-without-opinions.txt"));
    }

    private static AidItemView inDong() {
        AidItemRecord item = item(null, "English name", null, "VND", "12900000000.00", "12900000000", "300000000.00",
                "VND", "ngân sách huyện", CounterpartForm.IN_KIND, null, null, null, LocalDate.of(2027, 3, 9),
                null, LegalBasis.D50);
        return view(item, "A", List.of());
    }

    private static AidItemView inEuros() {
        AidItemRecord item = item("Original & name", null, "Mục tiêu B", "EUR", "1234.50", "35000000.75", "2000.00",
                "USD", null, null, "Nhóm B", 1_250_000, LocalDate.of(2026, 1, 1), null, LocalDate.of(2025, 12, 31),
                LegalBasis.D80);
        item = finance(item, Map.of("aidAccountNumber", "1234567890",
                "aidAccountBank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam",
                "aidAccountHolder", "Chủ khoản B", "budgetRecorded", false));
        return view(item, "B", List.of("Xã Một", "Phường Hai"));
    }

    private static AidItemView inDollars() {
        AidItemRecord item = item(null, null, "Mục tiêu C", "USD", "10.00", null, null, null, null, null, "Nhóm C",
                null, LocalDate.of(2026, 10, 11), LocalDate.of(2027, 12, 1), LocalDate.of(2026, 1, 5),
                LegalBasis.D313);
        item = finance(item, Map.of("aidAccountNumber", "0201000123456",
                "aidAccountBank", "Ngân hàng TMCP Ngoại thương Việt Nam", "aidAccountBranch", "Chi nhánh Phú Thọ",
                "aidAccountHolder", "Chủ khoản C", "budgetRecorded", true,
                "budgetLevel", ItemDescription.BudgetLevel.COMMUNE));
        return view(item, "C", List.of("Xã Một"));
    }

    /** The item with its aid account and its place in the state budget, which the decision states. */
    private static AidItemRecord finance(AidItemRecord item, Map<String, Object> values) {
        ItemDescription fields = item.fields();
        for (Map.Entry<String, Object> value : values.entrySet()) {
            fields = ItemFields.with(fields, value.getKey(), value.getValue());
        }
        return new AidItemRecord(item.id(), item.version(), item.code(), item.status(), item.legalBasis(), fields,
                item.actualStart(), item.actualEnd(), item.totalVnd(), item.totalUsd(), item.publicGroups(),
                item.submittedOn(), item.clockStartedOn(), item.approvedOn(), item.stageDueOn(), item.createdBy(),
                item.createdAt(), item.updatedAt());
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static AidItemRecord item(@Nullable String original, @Nullable String english, @Nullable String objectives,
                                      String currency, String amount, @Nullable String vnd,
                                      @Nullable String counterpart, @Nullable String counterpartCurrency,
                                      @Nullable String counterpartSource, @Nullable CounterpartForm form,
                                      @Nullable String groups, @Nullable Integer beneficiaries,
                                      @Nullable LocalDate start, @Nullable LocalDate end,
                                      @Nullable LocalDate submitted, LegalBasis basis) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", AidKind.NON_PROJECT);
        fields.put("deliveryForm", DeliveryForm.GOODS);
        fields.put("nameVi", "Khoản thử <&> \"nháy\"");
        fields.put("nameEn", english);
        fields.put("nameOriginal", original);
        fields.put("objectivesVi", objectives);
        fields.put("donorId", 1L);
        fields.put("ownerAgencyId", 2L);
        fields.put("governingAgencyId", 3L);
        fields.put("plannedStart", start);
        fields.put("plannedEnd", end);
        fields.put("totalAmount", new BigDecimal(amount));
        fields.put("totalCurrency", currency);
        fields.put("counterpartAmount", counterpart == null ? null : new BigDecimal(counterpart));
        fields.put("counterpartCurrency", counterpartCurrency);
        fields.put("counterpartSource", counterpartSource);
        fields.put("counterpartForm", form);
        fields.put("targetGroups", groups);
        fields.put("beneficiariesTotal", beneficiaries);
        fields.values().removeIf(java.util.Objects::isNull);
        return new AidItemRecord(7, 1, "VT-2026-0007", AidStatus.UNDER_APPRAISAL, basis, ItemFields.build(fields),
                null, null, vnd == null ? null : new BigDecimal(vnd), null, List.of(), submitted, null, null, null,
                "test", Instant.EPOCH, Instant.EPOCH);
    }

    private static AidItemView view(AidItemRecord item, String suffix, List<String> communes) {
        return new AidItemView(item, "Nhà tài trợ " + suffix, false, false, null, false, "Chủ khoản " + suffix,
                "Chủ quản " + suffix, List.of(), communes.stream().map(name -> new AidItemView.Location("1", name, "p",
                null, null, BigDecimal.TEN)).toList(), List.of(), List.of());
    }

    private static List<OpinionRequestView> opinions() {
        return List.of(
                opinion("Sở A", OpinionAnswer.AGREE, null, LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 16), false),
                opinion("Sở B", OpinionAnswer.DISAGREE, "Lý do <b>", LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 16),
                        false),
                opinion("Sở C", null, null, null, LocalDate.of(2026, 1, 16), true),
                opinion("Sở D", null, null, null, LocalDate.of(2026, 3, 16), false));
    }

    private static OpinionRequestView opinion(String agency, @Nullable OpinionAnswer answer, @Nullable String text,
                                              @Nullable LocalDate answered, LocalDate due, boolean silence) {
        return new OpinionRequestView(1, 0, 7, "VT-2026-0007", "n", AidStatus.UNDER_APPRAISAL, 5, agency,
                OpinionTopic.SECTOR, false, null, LocalDate.of(2026, 1, 2), due, "appraiser", answer, text, null,
                answered, null, null, null, false, silence);
    }

    /** Paragraphs one a line; a table cell's paragraphs prefixed with its row and column. */
    private static String text(byte[] docx) {
        StringBuilder text = new StringBuilder();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    List<XWPFTableRow> rows = table.getRows();
                    for (int row = 0; row < rows.size(); row++) {
                        List<XWPFTableCell> cells = rows.get(row).getTableCells();
                        for (int column = 0; column < cells.size(); column++) {
                            for (XWPFParagraph paragraph : cells.get(column).getParagraphs()) {
                                text.append('[').append(row).append(',').append(column).append("] ")
                                        .append(paragraph.getText()).append('\n');
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String expected(String file) {
        try {
            return Files.readString(EXPECTED.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
