package vn.vientro.reporting.official;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.format.support.FormattingConversionService;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.vientro.platform.DocumentTemplates;
import vn.vientro.reporting.official.ReportDocument.Column;
import vn.vientro.reporting.official.ReportDocument.ColumnType;
import vn.vientro.reporting.official.ReportDocument.ReportTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed layout of a long, wide table (the approvals of a period: thirteen columns printed in nine), without the
 * application: the report's own template and messages, {@link ReportPrint} and PDFBox reading the PDF back.
 */
class ReportPrintTests {

    private static final int ROWS = 240; // committing 600.000.000.000 VND together

    @Test
    void aLongWideTablePrintsManyRowsOnEveryA4PageWithNumbersWhole() throws Exception {
        ReportPrint print = new ReportPrint(templates(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        print.pdfUnnamed(approvals(ROWS), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pages = pdf.getNumberOfPages();
            assertThat(pages).as("%d rows", ROWS).isLessThanOrEqualTo(ROWS / 15 + 2);
            for (int page = 2; page < pages; page++) { // the first holds the heading, the last the rest and signature
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                int rows = text.split("VT-2020-", -1).length - 1;
                assertThat(rows).as("rows on page %d", page).isGreaterThanOrEqualTo(15);
                assertThat(text).as("page %d keeps its numbers whole and its heading", page)
                        .contains("2.500.000.000").contains("100.000,00").contains("Cam kết VND");
            }
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(all).contains("Tổng cộng").contains("600.000.000.000").contains(ROWS + "/QĐ-UBND");
        }
    }

    @Test
    void columnWidthsGiveNumbersTheirWidestCellAndShareTheRestAmongTexts() {
        List<Double> widths = ColumnWidths.of(252, 8, List.of("A", "B", "C"), List.of(true, false, true),
                List.of(List.of("short", "12.345.678.901", "a much longer text that will need to wrap somewhere"),
                        List.of("x", "1", "y")), List.of("", "99.999.999.999.999", ""), new int[] {0, 1, 2});
        assertThat(widths.stream().mapToDouble(Double::doubleValue).sum()).isBetween(90.0, 100.0);
        assertThat(widths.get(1)).as("the bold total of 18 characters, at 8 pt, in 252 mm").isGreaterThan(10.0);
        assertThat(widths.get(2)).isGreaterThan(widths.get(0));
    }

    static ReportDocument approvals(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(Integer.toString(i), "VT-2020-" + String.format("%04d", i),
                    "Dự án cải thiện sinh kế cho phụ nữ dân tộc thiểu số tại xã vùng cao số " + i,
                    "Tổ chức phi chính phủ nước ngoài số " + (i % 50), "Hỗ trợ kỹ thuật", "Đang thực hiện",
                    i + "/QĐ-UBND", LocalDate.of(2020, 1 + i % 12, 1 + i % 28).toString(), "2500000000", "100000.00",
                    "1250000000", "750000000", "50.0"));
        }
        List<Column> columns = List.of(Column.text("STT"), Column.text("Mã").printedUnder(), Column.text("Khoản viện trợ"),
                Column.text("Tổ chức tài trợ"), Column.text("Loại viện trợ"), Column.text("Trạng thái").printedUnder(),
                Column.text("Số quyết định"), Column.of("Ngày quyết định", ColumnType.DATE).printedUnder(),
                Column.of("Cam kết VND", ColumnType.VND), Column.of("Cam kết USD", ColumnType.USD).printedUnder(),
                Column.of("Đã giải ngân VND", ColumnType.VND), Column.of("Đã chi VND", ColumnType.VND).printedUnder(),
                Column.of("Tỷ lệ giải ngân (%)", ColumnType.RATE));
        return new ReportDocument(OfficialReport.APPROVALS, "2020", "Năm 2020", LocalDate.of(2026, 12, 7), null,
                List.of(new ReportTable("approved", "Các khoản viện trợ được phê duyệt", columns, rows, true, "")));
    }

    static DocumentTemplates templates() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames("classpath:i18n/reporting-official");
        messages.setDefaultEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return new DocumentTemplates(engine, context, new FormattingConversionService());
    }
}
