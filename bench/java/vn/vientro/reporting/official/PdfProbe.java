package vn.vientro.reporting.official;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mockito.Mockito;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.format.support.FormattingConversionService;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.vientro.platform.DocumentTemplates;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reporting.official.ReportDocument.Column;
import vn.vientro.reporting.official.ReportDocument.ColumnType;
import vn.vientro.reporting.official.ReportDocument.ReportTable;

/**
 * The renderer alone, outside Spring: the approvals report's template and {@link ReportPrint} over a synthetic table
 * of 5,126 rows (-Drows=…), a few rounds (-Drounds=…), printing the rendering thread's CPU time, which a shared
 * machine's load hardly changes (wall time it does). Run from the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> vn.vientro.reporting.official.PdfProbe}; writes
 * {@code /tmp/probe.pdf} and its second page as {@code /tmp/probe-p2.png}; {@code -Dwarm=true} first runs the warm-up the
 * application runs once ready ({@link ReportWarmUp}), to see what the first PDF a person asks for costs. Figures in {@code bench/dashboard-notes.md}.
 */
public class PdfProbe {

    public static void main(String[] args) throws Exception {
        new PdfProbe().probe();
    }

    void probe() throws Exception {
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
        engine.setEnableSpringELCompiler(true);
        AdminUnits units = Mockito.mock(AdminUnits.class);
        Mockito.when(units.find(Mockito.any(), Mockito.any())).thenReturn(Optional.empty());
        ReportPrint print = new ReportPrint(new DocumentTemplates(engine, context, new FormattingConversionService()), units);
        int n = Integer.getInteger("rows", 5126);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(List.of(Integer.toString(i), "BM-" + i, "Khoản viện trợ số " + i + " cho xã vùng cao",
                    "Tổ chức phi chính phủ nước ngoài " + (i % 50), "Hỗ trợ kỹ thuật", "Đang thực hiện", i + "/QĐ-UBND",
                    LocalDate.of(2020, 1 + i % 12, 1 + i % 28).toString(), "2500000000", "100000.00", "1250000000",
                    "750000000", "50.0"));
        }
        // as ReportFigures sets the approvals: thirteen columns printed in eight
        List<Column> columns = List.of(Column.text("STT"), Column.text("Mã").printedUnder(), Column.text("Khoản viện trợ"),
                Column.text("Tổ chức"), Column.text("Loại"), Column.text("Trạng thái").printedUnder(),
                Column.text("Số quyết định"), Column.of("Ngày", ColumnType.DATE).printedUnder(),
                Column.of("Cam kết VND", ColumnType.VND), Column.of("Cam kết USD", ColumnType.USD).printedUnder(),
                Column.of("Giải ngân VND", ColumnType.VND), Column.of("Chi VND", ColumnType.VND).printedUnder(),
                Column.of("Tỷ lệ", ColumnType.RATE));
        ReportDocument document = new ReportDocument(OfficialReport.APPROVALS, "2020", "Năm 2020", LocalDate.of(2026, 12, 7), null,
                List.of(new ReportTable("approved", "Các khoản viện trợ được phê duyệt", columns, rows, true, "Ghi chú")));
        if (Boolean.getBoolean("warm")) { // as the application does once ready (ReportWarmUp)
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long ms = new ReportWarmUp(print, new ReportExcel(messages), messages, true).run();
            System.out.printf("PROBE warm-up %d ms, cpu %.0f ms%n", ms, (mx.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        for (int round = 0; round < Integer.getInteger("rounds", 2); round++) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            String xhtml = print.xhtml(document);
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/probe.xhtml"), xhtml);
            long t1 = System.nanoTime();
            System.out.printf("PROBE xhtml cpu %.0f ms%n", (mx.getCurrentThreadCpuTime() - c0) / 1e6);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            print.pdf(document, out);
            long t2 = System.nanoTime();
            long c2 = mx.getCurrentThreadCpuTime();
            System.out.printf("PROBE cpu %.0f ms%n", (c2 - c0) / 1e6);
            System.out.printf("PROBE rows=%d xhtml %.0f ms (%d chars) pdf total %.0f ms (%d bytes)%n", n, (t1 - t0) / 1e6,
                    xhtml.length(), (t2 - t1) / 1e6, out.size());
            if (round == 0) {
                java.nio.file.Files.write(java.nio.file.Path.of("/tmp/probe.pdf"), out.toByteArray());
                try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
                    System.out.println("PROBE pages " + pdf.getNumberOfPages());
                    javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(1, Integer.getInteger("dpi", 70)), "png", new java.io.File("/tmp/probe-p2.png"));
                }
            }
        }
    }
}
