package vn.vientro.reporting.official;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vientro.reporting.official.ReportDocument.Column;
import vn.vientro.reporting.official.ReportDocument.ColumnType;
import vn.vientro.reporting.official.ReportDocument.ReportTable;

import static org.assertj.core.api.Assertions.assertThat;

/** An issued report checked against the figures recomputed later, when the report's columns have changed since. */
class ReportTableTests {

    private static final Column ITEM = Column.text("Khoản viện trợ");
    private static final Column DECISION = Column.text("Quyết định");
    private static final Column USD = Column.of("Giá trị (USD)", ColumnType.USD);
    private static final Column VND = Column.of("Giá trị (VND)", ColumnType.VND);

    @Test
    void columnsPrintedInAnotherOrderSinceTheIssueAreTheSameFigures() {
        ReportTable issued = table(List.of(ITEM, USD, DECISION), List.of(List.of("VT-1", "100", "12/QĐ-UBND")));
        ReportTable now = table(List.of(ITEM, DECISION, USD), List.of(List.of("VT-1", "12/QĐ-UBND", "100")));

        assertThat(issued.sameFigures(now)).isTrue();
    }

    @Test
    void aChangedValueAMissingColumnOrAnotherRowCountDiffer() {
        ReportTable issued = table(List.of(ITEM, USD), List.of(List.of("VT-1", "100")));

        assertThat(issued.sameFigures(table(List.of(USD, ITEM), List.of(List.of("101", "VT-1"))))).isFalse();
        assertThat(issued.sameFigures(table(List.of(ITEM, VND), List.of(List.of("VT-1", "100"))))).isFalse();
        assertThat(issued.sameFigures(table(List.of(USD, ITEM), List.of(List.of("100", "VT-1"),
                List.of("5", "VT-2"))))).isFalse();
        assertThat(issued.sameFigures(table(List.of(ITEM, USD), List.of(List.of("VT-1", "99"))))).isFalse();
    }

    @Test
    void aColumnAddedSinceIsNotCompared() {
        ReportTable issued = table(List.of(ITEM, USD), List.of(List.of("VT-1", "100")));

        assertThat(issued.sameFigures(table(List.of(ITEM, USD, VND), List.of(List.of("VT-1", "100", "2500000")))))
                .isTrue();
    }

    private static ReportTable table(List<Column> columns, List<List<String>> rows) {
        return new ReportTable("approvals", "Phê duyệt", columns, rows, true, "");
    }
}
