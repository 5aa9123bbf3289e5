package vn.vientro.registry.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.registry.importing.OrganisationSheets.CODES;

/** Each test names its organisations with a fresh token: the database is shared by every test class. */
@VientroIntegrationTest
class ImportIntegrationTests {

    private static final List<String> VIETNAMESE_HEADERS = List.of("Loại tổ chức", "Tên gốc", "Tên tiếng Việt",
            "Tên tiếng Anh", "Tên viết tắt", "Mã quốc gia", "Mã định danh IATI", "Loại tổ chức IATI",
            "Trang thông tin điện tử", "Thư điện tử", "Điện thoại", "Người đứng đầu", "Địa chỉ ở nước ngoài",
            "Địa chỉ tại Việt Nam", "Mã lĩnh vực OECD-DAC", "Lĩnh vực ưu tiên", "Mã xã, phường", "Ghi chú");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AdminUnits adminUnits;
    @Autowired
    OrganisationImportExpiry expiry;

    private Staff focalPoint;
    private ImportPages focal;
    private String token;
    private List<String> communes;

    @BeforeEach
    void signInAndPickNames() {
        focalPoint = Staff.focalPoint();
        focal = new ImportPages(focalPoint.browser(port));
        token = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        communes = adminUnits.list(UnitSet.CURRENT, "commune", "25", 2).stream().map(AdminUnit::code).toList();
    }

    @Test
    void importsAValidWorkbookOnlyAfterTheUserConfirmsTheReport() {
        byte[] workbook = OrganisationSheets.xlsx(VIETNAMESE_HEADERS, List.of(
                fullRow("Helvetas " + token, "GB-CHC-" + token),
                List.of("Tổ chức đa phương", "Fonds " + token, "", "", "", "FR")));

        long id = focal.uploadAndCheck("to-chuc.xlsx", workbook);

        assertThat(focal.fragment(id).text())
                .contains("Kết quả kiểm tra: 2 tổ chức mới, 0 cập nhật, 0 không thay đổi, 0 dòng có lỗi.");
        assertThat(names()).isEmpty();
        assertThat(focal.importRows(id).text())
                .contains("Đã nhập: 2 tổ chức mới, 0 cập nhật, 0 không thay đổi, 0 dòng có lỗi không được nhập.");
        Map<String, Object> helvetas = jdbc.sql("select * from registry.organisation where name_original = :name")
                .param("name", "Helvetas " + token).query().singleRow();
        assertThat(helvetas).containsEntry("kind", "FOREIGN_NGO").containsEntry("name_vi", "Tổ chức Helvetas " + token)
                .containsEntry("country_code", "CH").containsEntry("iati_identifier", "GB-CHC-" + token)
                .containsEntry("email", "info@helvetas.example").containsEntry("phone", "0912345678");
        assertThat(names()).containsExactlyInAnyOrder("Helvetas " + token, "Fonds " + token);
        assertThat(jdbc.sql("""
                select distinct actor from audit.event
                 where table_name = 'organisation' and operation = 'INSERT' and after ->> 'name_original' like :pattern
                """).param("pattern", "%" + token).query(String.class).list())
                .containsExactly(focalPoint.username());
    }

    @Test
    void aCheckedFileNobodyConfirmsIsDeletedAfterItsTimeAndCanNoLongerBeImported() {
        byte[] csv = OrganisationSheets.csv(';', CODES, List.of(fullRow("Plan " + token, "GB-CHC-" + token)
                .stream().map(String::valueOf).toList()));
        long id = focal.uploadAndCheck("plan.csv", csv);
        long fresh = focal.uploadAndCheck("plan-again.csv", csv);
        jdbc.sql("update registry.import_job set updated_at = now() - interval '8 days' where id = :id")
                .param("id", id).update();

        assertThat(expiry.expireUnconfirmed()).isGreaterThanOrEqualTo(1);

        Element job = focal.fragment(id);
        assertThat(job.attr("data-status")).isEqualTo("FAILED");
        assertThat(job.text()).contains("không ai xác nhận nhập trong thời hạn giữ tệp");
        assertThat(jdbc.sql("select content is null from registry.import_job where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        focal.page(id);
        focal.client().post(ImportPages.IMPORT + "/" + id + "/confirm", Map.of());
        assertThat(names()).isEmpty();
        assertThat(focal.fragment(fresh).attr("data-status")).as("a file checked today waits").isEqualTo("CHECKED");
    }

    @Test
    void importsAValidCsvWithSemicolonsAndCodeHeaders() {
        byte[] csv = OrganisationSheets.csv(';', CODES, List.of(fullRow("Oxfam " + token, "GB-CHC-" + token)
                .stream().map(String::valueOf).toList()));

        focal.importRows(focal.uploadAndCheck("oxfam.csv", csv));

        assertThat(jdbc.sql("select sector_codes::text from registry.organisation where name_original = :name")
                .param("name", "Oxfam " + token).query(String.class).single()).isEqualTo("{12220,16010}");
    }

    @Test
    void reportsEachBadRowAtItsColumnInVietnameseAndImportsOnlyTheValidRowsInOneTransaction() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("FOREIGN_NGO", "Valid A " + token));
        rows.add(List.of("FOREIGN_NGO", "Unknown country " + token, "", "", "", "XX"));
        rows.add(List.of("FOREIGN_NGO", "Bad IATI " + token, "", "", "", "", "NOTAPREFIX"));
        rows.add(List.of("FOREIGN_NGO", "", "", "", "NONAME"));
        rows.add(row(Map.of(0, "FOREIGN_NGO", 1, "Unknown sector " + token, 14, "99999")));
        rows.add(row(Map.of(0, "FOREIGN_NGO", 1, "Two problems " + token, 5, "QQ", 9, "not-an-address")));
        rows.add(List.of("FOREIGN_NGO", "Valid B " + token));

        long id = focal.uploadAndCheck("mixed.xlsx", OrganisationSheets.xlsx(VIETNAMESE_HEADERS, rows));

        Element job = focal.fragment(id);
        assertThat(job.text()).contains("2 tổ chức mới, 0 cập nhật, 0 không thay đổi, 5 dòng có lỗi.");
        assertThat(ImportPages.report(job)).containsExactly(
                List.of("3", "Mã quốc gia", "Không có mã quốc gia „XX“."),
                List.of("4", "Mã định danh IATI", "Mã IATI „NOTAPREFIX“ không đúng dạng: cần tiền tố cơ quan đăng ký "
                        + "theo danh mục IATI (ví dụ GB-CHC-1076235, XM-DAC-41114)."),
                List.of("5", "Tên gốc", "Nhập tên gốc của tổ chức."),
                List.of("6", "Mã lĩnh vực OECD-DAC", "Không có mã lĩnh vực OECD-DAC: 99999"),
                List.of("7", "Mã quốc gia", "Không có mã quốc gia „QQ“."),
                List.of("7", "Thư điện tử", "Địa chỉ thư điện tử không hợp lệ."));
        focal.importRows(id);
        assertThat(names()).containsExactlyInAnyOrder("Valid A " + token, "Valid B " + token);
        assertThat(jdbc.sql("""
                select count(distinct transaction_id) from audit.event
                 where table_name = 'organisation' and operation = 'INSERT' and after ->> 'name_original' like :pattern
                """).param("pattern", "%" + token).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void uploadingTheSameFileAgainCreatesAndChangesNothing() {
        byte[] workbook = OrganisationSheets.xlsx(CODES, List.of(fullRow("Caritas " + token, "GB-CHC-" + token),
                List.of("FOREIGN_NGO", "Tổ chức Đông Tây " + token, "", "", "", "DE", "", "", "", "", "", "", "", "",
                        "12220; 16010")));
        focal.importRows(focal.uploadAndCheck("first.xlsx", workbook));
        List<Map<String, Object>> before = versions();

        long again = focal.uploadAndCheck("again.xlsx", workbook);

        Element job = focal.fragment(again);
        assertThat(job.text()).contains("0 tổ chức mới, 0 cập nhật, 2 không thay đổi, 0 dòng có lỗi.")
                .contains("Không có dòng nào cần nhập.");
        assertThat(job.select("form")).isEmpty();
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void blankCellsNeverEraseRecordedValuesAndFilledCellsReplaceThem() {
        focal.importRows(focal.uploadAndCheck("first.xlsx",
                OrganisationSheets.xlsx(CODES, List.of(fullRow("Plan " + token, "GB-CHC-" + token)))));
        long version = (Long) versions().get(0).get("version");

        byte[] partial = OrganisationSheets.xlsx(List.of("kind", "name_original", "iati_identifier", "email", "phone",
                "sectors"), List.of(List.of("", "", "gb-chc-" + token.toUpperCase(), "", "+84 24 3333 4444", "")));
        long id = focal.uploadAndCheck("phone.xlsx", partial);
        assertThat(focal.fragment(id).text()).contains("0 tổ chức mới, 1 cập nhật, 0 không thay đổi, 0 dòng có lỗi.");
        focal.importRows(id);

        Map<String, Object> plan = jdbc.sql("""
                        select *, sector_codes::text as sectors from registry.organisation where name_original = :name
                        """)
                .param("name", "Plan " + token).query().singleRow();
        assertThat(plan).containsEntry("phone", "+84 24 3333 4444").containsEntry("email", "info@helvetas.example")
                .containsEntry("country_code", "CH").containsEntry("kind", "FOREIGN_NGO")
                .containsEntry("iati_identifier", "GB-CHC-" + token).containsEntry("version", version + 1);
        assertThat(plan.get("sectors")).isEqualTo("{12220,16010}");
    }

    @Test
    void readsFormulasAsTheValuesCachedInTheWorkbook() {
        byte[] workbook = OrganisationSheets.xlsx(List.of("kind", "name_original", "country"), List.of(List.of(
                "FOREIGN_NGO", new OrganisationSheets.Formula("\"Formula \"&\"" + token + "\"", "Cached " + token),
                new OrganisationSheets.Formula("\"V\"&\"N\"", "JP"))));

        focal.importRows(focal.uploadAndCheck("formulas.xlsx", workbook));

        assertThat(jdbc.sql("select country_code from registry.organisation where name_original = :name")
                .param("name", "Cached " + token).query(String.class).single()).isEqualTo("JP");
    }

    @Test
    void reportsRowsReferringToTheSameOrganisationAndNewOnesResemblingExistingOnes() {
        focal.importRows(focal.uploadAndCheck("first.csv", OrganisationSheets.csv(',', CODES,
                List.of(List.of("FOREIGN_NGO", "Quỹ Nhi đồng Hòa Bình " + token)))));

        byte[] csv = OrganisationSheets.csv(',', CODES, List.of(
                List.of("FOREIGN_NGO", "Nhi dong Hoa Binh " + token + " Mekong"),
                List.of("FOREIGN_NGO", "Cứu trợ " + token),
                List.of("FOREIGN_NGO", "CUU TRO " + token)));
        long id = focal.uploadAndCheck("second.csv", csv);

        assertThat(ImportPages.report(focal.fragment(id))).containsExactly(
                List.of("2", "Tên gốc", "Tổ chức mới này giống tổ chức đã có: Quỹ Nhi đồng Hòa Bình " + token
                        + ". Hãy kiểm tra để tránh nhập trùng."),
                List.of("4", "Cả dòng", "Dòng này cùng chỉ một tổ chức với dòng 3: mỗi tổ chức chỉ ghi trên một dòng."));
        assertThat(focal.fragment(id).text()).contains("2 tổ chức mới, 0 cập nhật, 0 không thay đổi, 1 dòng có lỗi.");
        assertThat(ImportPages.report(focal.importRows(id))).extracting(row -> row.get(0)).containsExactly("2", "4");
    }

    private List<Object> fullRow(String name, String iati) {
        return List.of("Tổ chức phi chính phủ nước ngoài", name, "Tổ chức " + name, name + " (EN)", "HLV", "CH", iati,
                "21", "https://helvetas.example", "info@helvetas.example", "0912345678", "Nguyễn Văn An",
                "Weinbergstrasse 22a, Zürich", "Số 1 Hùng Vương, Việt Trì", "12220;16010", "2.2;2.5",
                String.join(";", communes), "Nhập thử");
    }

    private static List<Object> row(Map<Integer, String> cells) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i <= cells.keySet().stream().max(Integer::compare).orElse(0); i++) {
            row.add(cells.getOrDefault(i, ""));
        }
        return row;
    }

    private List<String> names() {
        return jdbc.sql("select name_original from registry.organisation where name_original like :pattern")
                .param("pattern", "%" + token + "%").query(String.class).list();
    }

    private List<Map<String, Object>> versions() {
        return jdbc.sql("select id, version from registry.organisation where name_original like :pattern order by id")
                .param("pattern", "%" + token + "%").query().listOfRows();
    }
}
