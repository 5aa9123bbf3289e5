package vn.vientro.reference.rate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vientro.reference.ExchangeRateDetails;
import vn.vientro.reference.RateImportReport.RowProblem;
import vn.vientro.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RateCsvReaderTests {

    @Test
    void readsCommaSeparatedRowsWithQuotedSources() {
        RateCsvReader.Result result = read("""
                currency,date,vnd_per_unit,source
                usd,2026-01-05,26345.50,"Ngân hàng Nhà nước, tỷ giá trung tâm"
                EUR,05/01/2026,"30.512,75","Vietcombank ""bán ra""\"
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new ExchangeRateDetails("USD", LocalDate.of(2026, 1, 5), new BigDecimal("26345.5"),
                        "Ngân hàng Nhà nước, tỷ giá trung tâm"),
                new ExchangeRateDetails("EUR", LocalDate.of(2026, 1, 5), new BigDecimal("30512.75"),
                        "Vietcombank \"bán ra\""));
    }

    @Test
    void readsSemicolonsBomWindowsLineEndsAndColumnsInAnyOrder() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "source;vnd_per_unit;date;currency\r\nVCB;26.345,50;05/01/2026;USD\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        RateCsvReader.Result result = RateCsvReader.read(content, LocalDate.MAX);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.currency()).isEqualTo("USD");
            assertThat(row.vndPerUnit()).isEqualTo(new BigDecimal("26345.5"));
        });
    }

    @Test
    void reportsEveryProblemWithRowAndColumnAndKeepsNoRow() {
        RateCsvReader.Result result = read("""
                currency,date,vnd_per_unit,source
                USD,2026-01-05,26345.50,SBV
                ZZZ,31/02/2026,abc,
                VND,2026-01-06,-5,SBV
                USD,2026-01-05,26000,SBV
                JPY,2026-01-05,170,"unclosed
                """);

        assertThat(result.rows()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
                .containsExactly(
                        tuple(3, "source", "reference.rate.import.required"),
                        tuple(3, "currency", "reference.rate.currency.invalid"),
                        tuple(3, "date", "reference.rate.import.date"),
                        tuple(3, "vnd_per_unit", "reference.rate.import.number"),
                        tuple(4, "currency", "reference.rate.currency.vnd"),
                        tuple(4, "vnd_per_unit", "reference.rate.value.positive"),
                        tuple(5, "date", "reference.rate.import.duplicateRow"),
                        tuple(6, "", "reference.rate.import.unclosedQuote"));
    }

    @Test
    void reportsAnUnquotedVietnameseDecimalAsAColumnCountProblem() {
        RateCsvReader.Result result = read("currency,date,vnd_per_unit,source\nUSD,2026-01-05,26.345,50,SBV\n");

        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("reference.rate.import.columns"));
    }

    @Test
    void refusesFilesThatAreNoCsvText() {
        assertRefused(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, "reference.rate.import.zip");
        assertRefused(new byte[] {'c', 'u', 'r', 0, 1, 2}, "reference.rate.import.binary");
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xFE, 'c', 0}, "reference.rate.import.encoding");
        assertRefused("currency,date\n".getBytes(StandardCharsets.UTF_8), "reference.rate.import.header");
        assertRefused("currency,date,vnd_per_unit,source\n".getBytes(StandardCharsets.UTF_8),
                "reference.rate.import.noRows");
        assertRefused("ti\u1EC1n".getBytes(StandardCharsets.UTF_16BE), "reference.rate.import.binary");
        assertRefused(new byte[] {'c', (byte) 0xE0, 'x'}, "reference.rate.import.encoding");
    }

    @Test
    void refusesFilesOverTheLimits() {
        assertRefused(new byte[RateCsvReader.MAX_BYTES + 1], "reference.rate.import.tooLarge");
        StringBuilder many = new StringBuilder("currency,date,vnd_per_unit,source\n");
        for (int i = 0; i <= RateCsvReader.MAX_ROWS; i++) {
            many.append("USD,").append(LocalDate.of(1950, 1, 1).plusDays(i)).append(",1,S\n");
        }
        assertRefused(many.toString().getBytes(StandardCharsets.UTF_8), "reference.rate.import.tooManyRows");
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> RateCsvReader.read(content, LocalDate.MAX)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("file");
        });
    }

    @Test
    void refusesARowDatedAfterTheLatestDay() {
        RateCsvReader.Result result = RateCsvReader.read("""
                currency,date,vnd_per_unit,source
                USD,2026-12-06,26345.50,SBV
                EUR,2099-01-01,28000,SBV
                """.getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 12, 6));

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "date", "reference.rate.date.future"));
    }

    private static RateCsvReader.Result read(String csv) {
        return RateCsvReader.read(csv.getBytes(StandardCharsets.UTF_8), LocalDate.MAX);
    }
}
