package vn.vientro.registry.opinion;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.registry.Ngos;
import vn.vientro.shared.WorkingDays;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

@VientroIntegrationTest
class PermitOpinionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDays workingDays;

    @Test
    void theProvincesOpinionIsDueInConfiguredWorkingDaysAndGathersTheAgenciesInput() {
        long organisation = Ngos.anNgo().abbreviated("KFHI").from("KR").register().id();
        Staff police = Staff.police();
        Staff appraiser = Staff.appraiser();
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get("/app/registry/opinions/new");
        HttpResponse<String> opened = focal.post("/app/registry/opinions/new", Map.of("organisation", String.valueOf(organisation),
                "application", "EXTENSION", "ministryReference", "1234/BNG-CTPCP", "receivedOn", "2026-02-10"));
        assertThat(location(opened)).matches(".*/app/registry/opinions/\\d+");
        String path = location(opened).replace("http://localhost:" + port, "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select due_on from registry.permit_opinion where id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(workingDays.addWorkingDays(LocalDate.of(2026, 2, 10), 15));

        long policeAgency = ProvinceAgencies.police().id();
        long finance = ProvinceAgencies.finance().id();
        focal.get(path);
        focal.post(path + "/ask", Map.of("agencyIds", String.valueOf(policeAgency)));
        focal.get(path);
        focal.post(path + "/ask", Map.of("agencyIds", String.valueOf(finance)));
        Events.settle();
        assertThat(jdbc.sql("select count(*) from notification.inbox_item where recipient = :police and link = :link")
                .param("police", police.username()).param("link", path).query(Long.class).single()).isEqualTo(1);

        WebClient officerOfPolice = police.browser(port);
        String page = officerOfPolice.get(path).body();
        long input = jdbc.sql("select id from registry.permit_opinion_input where opinion = :id and agency_id = :a")
                .param("id", id).param("a", policeAgency).query(Long.class).single();
        assertThat(Jsoup.parse(page).select("form[action*=/inputs/]").eachAttr("action"))
                .as("a form for the police's own input only").containsExactly(path + "/inputs/" + input);
        officerOfPolice.post(path + "/inputs/" + input, Map.of("answer", "AGREE_WITH_CONDITIONS", "answerText", ""));
        assertThat(officerOfPolice.get(path).body()).contains("Nêu điều kiện hoặc lý do.");
        officerOfPolice.post(path + "/inputs/" + input, Map.of("answer", "AGREE_WITH_CONDITIONS",
                "answerText", "Đề nghị tổ chức báo cáo định kỳ hoạt động tại các xã biên giới"));
        assertThat(page).contains("Công an tỉnh Phú Thọ");

        WebClient appraiserOfFinance = appraiser.browser(port);
        appraiserOfFinance.get(path);
        long financeInput = jdbc.sql("select id from registry.permit_opinion_input where opinion = :id and agency_id = :a")
                .param("id", id).param("a", finance).query(Long.class).single();
        assertThat(appraiserOfFinance.post(path + "/inputs/" + input, Map.of("answer", "DISAGREE", "answerText", "x"))
                .statusCode()).as("another agency's input").isEqualTo(403);
        appraiserOfFinance.post(path + "/inputs/" + financeInput, Map.of("answer", "AGREE"));

        focal.get(path);
        long version = jdbc.sql("select version from registry.permit_opinion where id = :id").param("id", id).query(Long.class).single();
        focal.post(path + "/conclude", Map.of("version", String.valueOf(version), "conclusion", "AGREE_WITH_CONDITIONS",
                "conclusionText", "Tỉnh đồng ý gia hạn, kèm điều kiện báo cáo", "replyReference", "88/UBND-NC", "sentOn", "2026-03-02"));
        String concluded = focal.get(path).body();
        assertThat(concluded).contains("Đã trả lời").contains("88/UBND-NC").contains("Đồng ý có điều kiện");
    }

    @Test
    void theNewOpinionFormShowsWhatIsMissingAtItsFieldKeepingWhatWasTyped() {
        long organisation = Ngos.anNgo().abbreviated("CRS").register().id();
        WebClient focal = Staff.focalPoint().browser(port);
        assertThat(Jsoup.parse(focal.get("/app/registry/opinions/new?organisation=" + organisation).body())
                .select("select#organisation option[selected]").val()).isEqualTo(String.valueOf(organisation));

        HttpResponse<String> refused = focal.post("/app/registry/opinions/new", Map.of("organisation",
                String.valueOf(organisation), "application", "AMENDMENT", "ministryReference", "",
                "receivedOn", "2026-02-10"));

        assertThat(refused.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document page = Jsoup.parse(refused.body());
        assertThat(page.getElementById("ministryReference").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("ministryReference-error").text()).isEqualTo("Nhập số văn bản đề nghị.");
        assertThat(page.getElementById("receivedOn").val()).isEqualTo("10/02/2026");
        assertThat(page.select("select#application option[selected]").val()).isEqualTo("AMENDMENT");
        assertThat(page.select("select#organisation option[selected]").val()).isEqualTo(String.valueOf(organisation));
    }

    @Test
    void aConclusionOnAPageOpenedBeforeAnInputArrivedIsRefusedAsStale() {
        long organisation = Ngos.anNgo().abbreviated("HPA").register().id();
        Staff police = Staff.police();
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get("/app/registry/opinions/new");
        String path = location(focal.post("/app/registry/opinions/new", Map.of("organisation",
                String.valueOf(organisation), "application", "NEW", "ministryReference", "91/BNG",
                "receivedOn", "2026-11-02"))).replace("http://localhost:" + port, "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        focal.get(path);
        focal.post(path + "/ask", Map.of("agencyIds", String.valueOf(ProvinceAgencies.police().id())));
        long seen = jdbc.sql("select version from registry.permit_opinion where id = :id").param("id", id)
                .query(Long.class).single();
        long input = jdbc.sql("select id from registry.permit_opinion_input where opinion = :id").param("id", id)
                .query(Long.class).single();
        WebClient officerOfPolice = police.browser(port);
        officerOfPolice.get(path);
        officerOfPolice.post(path + "/inputs/" + input, Map.of("answer", "DISAGREE", "answerText", "Chưa rõ đối tác"));

        focal.get(path);
        focal.post(path + "/conclude", Map.of("version", String.valueOf(seen), "conclusion", "AGREE",
                "replyReference", "92/UBND-NC", "sentOn", "2026-11-20"));
        String page = focal.get(path).body();
        assertThat(page).contains("Người khác đã lưu bản ghi này").contains("Chưa rõ đối tác")
                .doesNotContain("92/UBND-NC");
        assertThat(jdbc.sql("select status from registry.permit_opinion where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void staffOfAgenciesNotAskedCannotReadTheOpinion() {
        long organisation = Ngos.anNgo().abbreviated("PSI").register().id();
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get("/app/registry/opinions/new");
        String path = location(focal.post("/app/registry/opinions/new", Map.of("organisation", String.valueOf(organisation),
                "application", "NEW", "ministryReference", "77/BNG", "receivedOn", "2026-11-02")))
                .replace("http://localhost:" + port, "");
        Staff communeOfficer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        assertThat(communeOfficer.browser(port).get(path).statusCode()).isEqualTo(403);
        assertThat(Staff.leader().browser(port).get(path).statusCode()).isEqualTo(200);
        WebClient commune = communeOfficer.browser(port);
        commune.get("/app/registry/opinions");
        assertThat(commune.post("/app/registry/opinions/new", Map.of("organisation", String.valueOf(organisation),
                "application", "NEW", "ministryReference", "78/BNG", "receivedOn", "2026-11-02")).statusCode()).isEqualTo(403);
        assertThat(commune.post(path + "/conclude", Map.of()).statusCode())
                .as("refused before the missing version is reported").isEqualTo(403);
        assertThat(commune.post(path + "/ask", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void requiredFieldsAreReportedAtTheirField() {
        long organisation = Ngos.anNgo().abbreviated("VNAH").register().id();
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get("/app/registry/opinions/new");
        HttpResponse<String> response = focal.post("/app/registry/opinions/new", Map.of("organisation",
                String.valueOf(organisation), "application", "NEW", "ministryReference", "", "receivedOn", "2026-11-02"));
        assertThat(response.body()).contains("id=\"ministryReference-error\"").contains("Nhập số văn bản đề nghị.");
    }

}
