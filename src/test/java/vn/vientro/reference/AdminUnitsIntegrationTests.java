package vn.vientro.reference;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.reference.dataset.BundledDatasets;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class AdminUnitsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BundledDatasets datasets;

    @Test
    void countsAreExactForBothSets() {
        assertThat(units.count(UnitSet.CURRENT, "province")).isEqualTo(34);
        assertThat(units.count(UnitSet.CURRENT, "commune")).isEqualTo(3_321);
        assertThat(units.count(UnitSet.PRE2025, "province")).isEqualTo(63);
        assertThat(units.count(UnitSet.PRE2025, "district")).isEqualTo(696);
        assertThat(units.count(UnitSet.PRE2025, "commune")).isEqualTo(10_035);
    }

    @Test
    void codesKeepTheirLeadingZeros() {
        assertThat(units.find(UnitSet.CURRENT, "01")).get().extracting(AdminUnit::fullNameVi).isEqualTo("Thành phố Hà Nội");
        assertThat(units.find(UnitSet.PRE2025, "00001")).get().extracting(AdminUnit::fullNameVi).isEqualTo("Phường Phúc Xá");
    }

    @Test
    void oldLienBaoWardResolvesToTodaysVinhPhucWard() {
        List<SuccessorUnit> successors = units.successors("08710");
        assertThat(successors).singleElement().satisfies(s -> {
            assertThat(s.unit().code()).isEqualTo("08716");
            assertThat(s.kind()).isEqualTo("ONE_TO_ONE");
        });
        assertThat(units.describe(UnitSet.PRE2025, "08710")).contains(
                "Phường Liên Bảo, TP Vĩnh Yên, Vĩnh Phúc (cũ) → Phường Vĩnh Phúc, Phú Thọ");
        assertThat(units.predecessors("08716")).extracting(p -> p.unit().code()).contains("08710");
    }

    @Test
    void oldVayNuaCommuneShowsItsTwoSuccessors() {
        assertThat(units.successors("04891"))
                .extracting(s -> s.unit().code() + " " + s.unit().fullNameVi() + " " + s.kind())
                .containsExactlyInAnyOrder("04828 Phường Thống Nhất SPLIT", "04891 Xã Tiền Phong SPLIT");
    }

    @Test
    void oldProvincesMapToTheMergedProvince() {
        assertThat(units.successors("26")).extracting(s -> s.unit().code()).containsExactly("25");
        assertThat(units.predecessors("25")).extracting(p -> p.unit().code()).containsExactlyInAnyOrder("17", "25", "26");
    }

    @Test
    void gsoLetterCodesAreAliasesOfTheFileCodes() {
        assertThat(units.find(UnitSet.CURRENT, "06970")).get().extracting(AdminUnit::code).isEqualTo("06978");
        assertThat(units.find(UnitSet.CURRENT, "23737")).get().extracting(AdminUnit::code).isEqualTo("23938");
    }

    @Test
    void searchIgnoresDiacriticsAndPutsTheDeploymentProvinceFirst() {
        assertThat(units.search("lien bao", null, "commune", 10).get(0).code())
                .as("the old ward now in this province comes first").isEqualTo("08710");
        List<AdminUnit> current = units.search("vinh phuc", UnitSet.CURRENT, "commune", 10);
        assertThat(current.get(0).provinceCode()).isEqualTo("25");
        assertThat(current.get(0).code()).isEqualTo("08716");
    }

    @Test
    void restartingDoesNotReloadOrDuplicate() {
        long before = jdbc.sql("select count(*) from reference.admin_unit").query(Long.class).single();
        boolean reloaded = datasets.ensureLoaded("admin-units", 1, List.of(
                "reference/vn-admin/full_json_generated_data_vn_units_2026-07-25__20_49_07.json",
                "reference/vn-admin/simplified_json_generated_data_vn_units.json",
                "reference/vn-admin/splits.json", "reference/vn-admin/naming.yml"), client -> {
                    throw new AssertionError("must not reload an unchanged dataset");
                });
        assertThat(reloaded).isFalse();
        assertThat(jdbc.sql("select count(*) from reference.admin_unit").query(Long.class).single()).isEqualTo(before);
        assertThat(before).isEqualTo(34 + 3_321 + 63 + 696 + 10_035);
    }

    @Test
    void apiServesUnitsAndTheirSuccessorsWithoutSigningIn() {
        HttpResponse<String> old = WebClient.api(port, "GET", "/api/v1/admin-units/pre2025/04891", null, null);
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(old.body()).contains("\"fullName\":\"Xã Vầy Nưa\"").contains("\"code\":\"04828\"")
                .contains("\"code\":\"04891\"").contains("\"kind\":\"SPLIT\"");
        HttpResponse<String> current = WebClient.api(port, "GET", "/api/v1/admin-units/current/08716", null, null);
        assertThat(current.body()).contains("\"predecessors\"").contains("08710");
        HttpResponse<String> phuTho = WebClient.api(port, "GET",
                "/api/v1/admin-units?set=current&level=commune&parent=25", null, null);
        assertThat(phuTho.body().split("\"level\":\"commune\"", -1).length - 1).isEqualTo(148);
        HttpResponse<String> search = WebClient.api(port, "GET", "/api/v1/admin-units?set=pre2025&q=lien%20bao", null, null);
        assertThat(search.body()).contains("08710");
    }

    @Test
    void apiRefusesAnUnknownSetWithProblemDetails() {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/admin-units?set=1999", null, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"set\"").contains("/problems/validation");
    }

    @Test
    void communePickerFindsOldUnitsOnRequestAndShowsWhatTheyBecame() {
        WebClient officer = Staff.officer().browser(port);
        String onlyCurrent = officer.get("/app/reference/communes/search?q=lien%20bao&field=place",
                Map.of("HX-Request", "true")).body();
        assertThat(onlyCurrent).doesNotContain("pre2025:08710");
        String withOld = officer.get("/app/reference/communes/search?q=lien%20bao&old=true&field=place",
                Map.of("HX-Request", "true")).body();
        assertThat(withOld).contains("value=\"pre2025:08710\"").contains("name=\"place\"")
                .contains("Phường Liên Bảo, TP Vĩnh Yên, Vĩnh Phúc (cũ) → Phường Vĩnh Phúc, Phú Thọ");
    }

    @Test
    void pagesShowAProvincesCommunesAndAnOldUnitsSuccessors() {
        WebClient officer = Staff.officer().browser(port);
        String province = officer.get("/app/reference/admin-units/current/25").body();
        assertThat(province).contains("148 đơn vị trực thuộc").contains("Phường Vĩnh Phúc");
        String old = officer.get("/app/reference/admin-units/pre2025/04891").body();
        assertThat(old).contains("Xã Tiền Phong").contains("Phường Thống Nhất").contains("cần địa chỉ cụ thể")
                .contains("<span>Xã Vầy Nưa</span>");
    }
}
