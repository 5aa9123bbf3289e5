package vn.vientro.mobilisation.need;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Needs;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A proposer sees and changes only its own agency's needs; the provincial roles see needs once submitted. */
@VientroIntegrationTest
class NeedAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CatalogueNeeds needs;

    @Test
    void aCommuneOfficerNeitherSeesNorChangesAnotherAgencysDraftOnPagesApiOrLists() {
        Staff owner = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long draft = Needs.aNeedOf(owner).titled("Nhà văn hóa thôn Đồng Mỏ", "Dong Mo village hall").draft();
        Staff other = Staff.officerOf(ProvinceAgencies.newCommune().id());
        Needs.aNeedOf(other).titled("Đường bê tông thôn Lũng Pù", "Lung Pu concrete road").draft();
        WebClient client = other.browser(port);
        String path = "/app/mobilisation/needs/" + draft;
        for (String page : List.of(path, path + "/edit", path + "/transitions/submit",
                path + "/transitions/withdraw")) {
            assertThat(client.get(page).statusCode()).as(page).isEqualTo(403);
        }
        client.get("/app/mobilisation/needs");
        assertThat(client.post(path + "/edit", Map.of("titleVi", "Của tôi")).statusCode()).isEqualTo(403);
        assertThat(client.post(path + "/transitions/withdraw", Map.of("reason", "x")).statusCode()).isEqualTo(403);
        assertThat(client.postFile(path + "/attachments", "file", "a.png", "image/png", new byte[] {1})
                .statusCode()).isEqualTo(403);
        String list = client.get("/app/mobilisation/needs").body();
        assertThat(list).contains("Đường bê tông thôn Lũng Pù").doesNotContain("Đồng Mỏ");
        assertThat(client.get("/app/mobilisation/needs?q=dong%20mo").body()).doesNotContain("Đồng Mỏ");

        String token = other.token();
        String api = "/api/v1/catalogue-needs/" + draft;
        assertThat(call("GET", api, token, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", api + "/timeline", token, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", api + "/transitions", token, null).statusCode()).isEqualTo(403);
        assertThat(call("PUT", api, token, "{\"version\":0,\"titleVi\":\"Của tôi\"}").statusCode()).isEqualTo(403);
        assertThat(call("POST", api + "/transitions/submit", token, "{\"version\":0}").statusCode()).isEqualTo(403);
        String apiList = call("GET", "/api/v1/catalogue-needs?q=dong%20mo", token, null).body();
        assertThat(apiList).contains("\"total\":0");
        assertThat(call("GET", "/api/v1/catalogue-needs", token, null).body()).contains("Lũng Pù")
                .doesNotContain("Đồng Mỏ");
        assertThat(owner.acting(() -> needs.get(draft)).titleVi()).isEqualTo("Nhà văn hóa thôn Đồng Mỏ");
    }

    @Test
    void theProvincialRolesSeeANeedOnlyOnceItIsSubmittedAndChangeNone() {
        Staff owner = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long draft = Needs.aNeedOf(owner).titled("Bể nước sinh hoạt bản Pá Hốc", "Pa Hoc water tank").draft();
        long submitted = Needs.aNeedOf(owner).titled("Lớp học tình thương Cốc Lếu", "Coc Leu class").submitted();
        for (Staff staff : List.of(Staff.appraiser(), Staff.focalPoint(), Staff.leader())) {
            WebClient client = staff.browser(port);
            assertThat(client.get("/app/mobilisation/needs/" + draft).statusCode()).as(staff.username())
                    .isEqualTo(403);
            assertThat(client.get("/app/mobilisation/needs/" + submitted).statusCode()).isEqualTo(200);
            assertThat(client.get("/app/mobilisation/needs").body()).contains("Lớp học tình thương Cốc Lếu")
                    .doesNotContain("Pá Hốc");
            assertThat(client.get("/app/mobilisation/needs/" + submitted + "/edit").statusCode()).isEqualTo(403);
            assertThat(client.get("/app").body()).as("menu").contains("/app/mobilisation/needs");
            assertThat(call("GET", "/api/v1/catalogue-needs/" + draft, staff.token(), null).statusCode())
                    .isEqualTo(403);
            assertThat(call("PUT", "/api/v1/catalogue-needs/" + submitted, staff.token(), "{\"version\":1}")
                    .statusCode()).isEqualTo(403);
        }
        for (Staff outside : List.of(Staff.police(), Staff.admin())) {
            WebClient client = outside.browser(port);
            assertThat(client.get("/app/mobilisation/needs").statusCode()).isEqualTo(403);
            assertThat(client.get("/app").body()).as("menu").doesNotContain("/app/mobilisation/needs");
            assertThat(call("GET", "/api/v1/catalogue-needs", outside.token(), null).statusCode()).isEqualTo(403);
            assertThat(call("GET", "/api/v1/catalogue-needs/" + submitted, outside.token(), null).statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void onlyTheAppraisalLeadSeesTheAcceptButtonAndOnlyTheProposerProposes() {
        Staff owner = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long submitted = Needs.aNeedOf(owner).submitted();
        String path = "/app/mobilisation/needs/" + submitted;
        assertThat(Jsoup.parse(Staff.appraiser().browser(port).get(path).body()).select("#need-actions a").eachText())
                .containsExactly("Trả lại kèm ý kiến", "Tiếp nhận vào danh mục tổng hợp", "Rút khỏi danh mục");
        assertThat(Jsoup.parse(Staff.leader().browser(port).get(path).body()).select("#need-actions a")).isEmpty();
        assertThat(Jsoup.parse(owner.browser(port).get(path).body()).select("#need-actions a").eachText())
                .containsExactly("Rút khỏi danh mục");
        for (Staff provincial : List.of(Staff.appraiser(), Staff.focalPoint(), Staff.leader())) {
            assertThat(provincial.browser(port).get("/app/mobilisation/needs/new").statusCode()).isEqualTo(403);
            assertThat(call("POST", "/api/v1/catalogue-needs", provincial.token(), "{}").statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void theGlobalSearchFindsANeedOnlyForThoseWhoMayReadItAndFollowsItsEdits() {
        Staff owner = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long draft = Needs.aNeedOf(owner).titled("Cầu treo bản Nậm Xé", "Nam Xe suspension bridge").draft();
        long submitted = Needs.aNeedOf(owner).titled("Giếng khoan bản Nậm Xé", "Nam Xe borehole").submitted();
        Staff neighbour = Staff.officerOf(ProvinceAgencies.newCommune().id());
        Events.settle();

        assertThat(found(owner, "nam xe")).contains("Cầu treo bản Nậm Xé", "Giếng khoan bản Nậm Xé");
        assertThat(found(neighbour, "nam xe")).doesNotContain("Nậm Xé");
        for (Staff provincial : List.of(Staff.appraiser(), Staff.focalPoint(), Staff.leader())) {
            assertThat(found(provincial, "nam xe")).as(provincial.username())
                    .contains("Giếng khoan bản Nậm Xé", "/app/mobilisation/needs/" + submitted)
                    .doesNotContain("Cầu treo");
        }
        assertThat(found(Staff.police(), "nam xe")).doesNotContain("Nậm Xé");
        assertThat(found(Staff.focalPoint(), "borehole")).contains("Giếng khoan bản Nậm Xé");

        NeedView before = owner.acting(() -> needs.get(draft));
        owner.acting(() -> {
            needs.update(draft, before.version(), retitled(before.input(), "Cầu dân sinh bản Nậm Xé",
                    "Nam Xe footbridge"));
            return draft;
        });
        Events.settle();
        assertThat(found(owner, "cau dan sinh")).contains("Cầu dân sinh bản Nậm Xé");
    }

    private String found(Staff staff, String query) {
        return call("GET", "/api/v1/search?q=" + query.replace(" ", "%20"), staff.token(), null).body();
    }

    private static NeedInput retitled(NeedInput in, String titleVi, String titleEn) {
        return new NeedInput(in.version(), titleVi, titleEn, in.summaryVi(), in.summaryEn(), in.objectivesVi(),
                in.objectivesEn(), in.priorityField(), in.sectors(), in.communes(), in.beneficiariesTotal(),
                in.poorHouseholds(), in.children(), in.peopleWithDisabilities(), in.ethnicMinorities(), in.women(),
                in.estimatedCost(), in.foreignAmount(), in.foreignCurrency(), in.counterpart(), in.durationMonths(),
                in.contactName(), in.contactPhone(), in.contactEmail());
    }

    private HttpResponse<String> call(String method, String path, String token, String json) {
        return WebClient.api(port, method, path, token, json);
    }
}
