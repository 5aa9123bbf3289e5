package vn.vientro.registry.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vientro.registry.importing.ImportColumn.COMMUNES;
import static vn.vientro.registry.importing.ImportColumn.COUNTRY;
import static vn.vientro.registry.importing.ImportColumn.KIND;
import static vn.vientro.registry.importing.ImportColumn.NAME_ORIGINAL;
import static vn.vientro.registry.importing.ImportColumn.PHONE;
import static vn.vientro.registry.importing.ImportColumn.PRIORITY_FIELDS;
import static vn.vientro.registry.importing.ImportColumn.SECTORS;

/** Reading uploads without Spring: types by content, limits, formulas, headers in either language. */
class ImportReadingTests {

    private final ImportVocabulary vocabulary = new ImportVocabulary(messages());

    @Test
    void readsAWorkbookWithVietnameseHeadersAndKeepsNumbersAsTyped() {
        byte[] workbook = OrganisationSheets.xlsx(List.of("Loại tổ chức", "TÊN GỐC", "Điện thoại", "Lĩnh vực ưu tiên",
                "Mã xã, phường"), List.of(List.of("FOREIGN_NGO", "Helvetas", 849123456789L, 2.1, 4)));

        ImportRow row = ImportFile.read(workbook, vocabulary).rows().get(0);

        assertThat(row.number()).isEqualTo(2);
        assertThat(row.text(NAME_ORIGINAL)).isEqualTo("Helvetas");
        assertThat(row.text(PHONE)).isEqualTo("849123456789");
        assertThat(row.codes(PRIORITY_FIELDS)).containsExactly("2.1");
        assertThat(row.codes(COMMUNES)).containsExactly("00004");
    }

    @Test
    void readsFormulasAsTheValuesCachedInTheFileWithoutEvaluatingThem() {
        byte[] workbook = OrganisationSheets.xlsx(List.of("kind", "name_original", "country", "sectors"),
                List.of(List.<Object>of("FOREIGN_NGO", new OrganisationSheets.Formula("\"X\"&\"Y\"", "Caritas"),
                        new OrganisationSheets.Formula("UPPER(\"ch\")", "DE"),
                        new OrganisationSheets.Formula("1+1", 12220))));

        ImportRow row = ImportFile.read(workbook, vocabulary).rows().get(0);

        assertThat(row.text(NAME_ORIGINAL)).isEqualTo("Caritas");
        assertThat(row.text(COUNTRY)).isEqualTo("DE");
        assertThat(row.codes(SECTORS)).containsExactly("12220");
    }

    @Test
    void readsCsvWithByteOrderMarkSemicolonsQuotesAndBlankLines() {
        byte[] text = ("\uFEFFLoại tổ chức;Tên gốc;Mã lĩnh vực OECD-DAC\r\n\r\n"
                + "Tổ chức phi chính phủ nước ngoài;\"Oxfam; Novib\";\"12220;16010\"\r\n").getBytes(StandardCharsets.UTF_8);

        ImportRow row = ImportFile.read(text, vocabulary).rows().get(0);

        assertThat(row.number()).isEqualTo(3);
        assertThat(row.text(KIND)).isEqualTo("Tổ chức phi chính phủ nước ngoài");
        assertThat(vocabulary.kind(row.text(KIND))).hasValue(vn.vientro.registry.OrganisationKind.FOREIGN_NGO);
        assertThat(row.text(NAME_ORIGINAL)).isEqualTo("Oxfam; Novib");
        assertThat(row.codes(SECTORS)).containsExactly("12220", "16010");
    }

    @Test
    void warnsOfColumnsThatAreNotInTheTemplate() {
        byte[] text = "name_original,Colour\nOxfam,red\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ImportFile.read(text, vocabulary).headerProblems())
                .extracting(RowProblem::row, RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "registry.import.header.unknown", List.of("Colour")));
    }

    @Test
    void refusesAPdfOrAPictureWhateverItsName() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

        assertRefused(pdf, "registry.import.file.type");
        assertRefused(png, "registry.import.file.type");
    }

    @Test
    void refusesAFileOverTenMegabytes() {
        byte[] big = new byte[SpreadsheetReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        assertRefused(big, "registry.import.file.tooLarge");
    }

    @Test
    void refusesAZipBomb() {
        byte[] bomb = OrganisationSheets.zipBomb(200);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(bomb, "registry.import.file.zipBomb");
    }

    @Test
    void refusesCsvThatIsNotUtf8AndAWordDocument() {
        byte[] windows1258 = "name_original\nT\u00f4 ch\u1ee9c\n".getBytes(java.nio.charset.Charset.forName("windows-1258"));

        assertRefused(windows1258, "registry.import.file.encoding");
        assertRefused(wordDocument(), "registry.import.file.notWorkbook");
    }

    @Test
    void refusesAFileWithoutARecognisedHeaderOrWithoutRows() {
        assertRefused("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "registry.import.file.header");
        assertRefused("name_original\n\n".getBytes(StandardCharsets.UTF_8), "registry.import.file.noRows");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        StringBuilder text = new StringBuilder("name_original\n");
        for (int i = 0; i <= SpreadsheetReader.MAX_ROWS; i++) {
            text.append("Org ").append(i).append('\n');
        }

        assertRefused(text.toString().getBytes(StandardCharsets.UTF_8), "registry.import.file.tooManyRows");
    }

    private void assertRefused(byte[] content, String messageKey) {
        assertThatThrownBy(() -> ImportFile.read(content, vocabulary))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static byte[] wordDocument() {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = new java.io.ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Không phải bảng tính");
            document.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames("classpath:i18n/registry-import", "classpath:i18n/registry");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
