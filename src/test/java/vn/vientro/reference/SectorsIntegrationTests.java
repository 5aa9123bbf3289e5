package vn.vientro.reference;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class SectorsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Codelists codelists;

    @Autowired
    PriorityFields priorityFields;

    @Test
    void loadsTheIatiCodelistsWithVietnameseNamesForThePriorityCategories() {
        assertThat(codelists.active(Codelists.SECTOR_CATEGORY)).hasSizeGreaterThan(40);
        assertThat(codelists.active(Codelists.SECTOR)).hasSizeGreaterThan(280);
        assertThat(codelists.active(Codelists.COUNTRY)).hasSizeGreaterThan(240);
        assertThat(codelists.find(Codelists.SECTOR_CATEGORY, "122")).get().extracting(CodelistItem::nameVi)
                .isEqualTo("Y tế cơ sở");
        for (PriorityField field : priorityFields.all()) {
            field.sectors().stream().filter(s -> s.list().equals(Codelists.SECTOR_CATEGORY))
                    .forEach(s -> assertThat(s.nameVi()).as("Vietnamese name of " + s.code()).isNotBlank());
        }
    }

    @Test
    void findsSectorsWithoutDiacritics() {
        assertThat(codelists.sectors("y te co so", 10)).extracting(CodelistItem::code).contains("122");
        assertThat(codelists.sectors("malaria", 10)).extracting(CodelistItem::code).contains("12262");
    }

    @Test
    void sectorPageNamesEveryCodeInVietnamese() {
        WebClient focalPoint = Staff.focalPoint().browser(port);
        String page = focalPoint.get("/app/reference/sectors").body();
        assertThat(page).contains("<td>11320</td>").contains("Giáo dục trung học phổ thông")
                .contains("Nghiên cứu y học").contains("Phòng, chống bệnh không lây nhiễm nói chung")
                .doesNotContain("chưa dịch").doesNotContain("<td></td>");
        String search = focalPoint.get("/app/reference/sectors?q=trung%20hoc%20pho%20thong").body();
        assertThat(search).contains("<td>11320</td>").doesNotContain("<td>11260</td>");
    }

    @Test
    void theEightPriorityFieldsCoverTheirDacCategories() {
        assertThat(priorityFields.all()).hasSize(8);
        assertThat(priorityFields.covering("12262")).extracting(PriorityField::code).containsExactly("2.5");
        assertThat(priorityFields.covering("16010")).extracting(PriorityField::code).containsExactly("2.2", "2.7");
    }

    @Test
    void apiServesSectorsAndPriorityFieldsWithoutSigningIn() {
        HttpResponse<String> fields = WebClient.api(port, "GET", "/api/v1/priority-fields", null, null);
        assertThat(fields.statusCode()).isEqualTo(200);
        assertThat(fields.body()).contains("\"code\":\"2.5\"").contains("\"nameVi\":\"Y tế\"");
        assertThat(WebClient.api(port, "GET", "/api/v1/sectors?q=giao%20duc", null, null).body())
                .contains("\"code\":\"112\"");
        assertThat(WebClient.api(port, "GET", "/api/v1/codelists/Currency", null, null).body()).contains("\"VND\"");
    }

    @Test
    void administratorRemapsAPriorityFieldAndUnknownCodesAreRefusedAtTheField() {
        PriorityField culture = priorityFields.byCode("2.6").orElseThrow();
        WebClient admin = Staff.admin().browser(port);
        admin.get("/app/reference/priority-fields/" + culture.id());
        HttpResponse<String> refused = admin.post("/app/reference/priority-fields/" + culture.id(), Map.of(
                "version", String.valueOf(culture.version()), "nameVi", culture.nameVi(), "sectors", "16061, 99999"));
        assertThat(refused.body()).contains("id=\"sectors-error\"").contains("Không có mã OECD-DAC: 99999");

        admin.post("/app/reference/priority-fields/" + culture.id(), Map.of("version", String.valueOf(culture.version()),
                "nameVi", culture.nameVi(), "nameEn", "Culture, sport and tourism", "sectors", "16061, 33210, 332"));
        assertThat(priorityFields.byCode("2.6").orElseThrow().sectors()).extracting(CodelistItem::code)
                .containsExactly("16061", "332", "33210");
    }

    @Test
    void onlyAdministratorsEditPriorityFields() {
        long id = priorityFields.byCode("2.1").orElseThrow().id();
        assertThat(Staff.focalPoint().browser(port).get("/app/reference/priority-fields/" + id).statusCode())
                .isEqualTo(403);
        List<String> pageForEveryone = List.of("/app/reference/sectors", "/app/reference/admin-units");
        WebClient commune = Staff.officerOf(ProvinceAgencies.newCommune().id()).browser(port);
        for (String page : pageForEveryone) {
            assertThat(commune.get(page).statusCode()).isEqualTo(200);
        }
    }
}
