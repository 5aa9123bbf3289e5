package vn.vientro.aid.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/** The appraisal is concluded on the opinions asked: at least one, every live one answered (silence is off here). */
@VientroIntegrationTest
class AppraisalGuardIntegrationTests {

    private static final Map<String, String> CONCLUSION = Map.of("recommendation", "APPROVE",
            "reason", "Khoản viện trợ phù hợp quy hoạch");

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();

    AppraisalItems items;

    @BeforeEach
    void setUp() {
        items = new AppraisalItems(port, team);
    }

    @Test
    void refusesToConcludeBeforeAnyAgencyIsAsked() {
        AppraisalItems.Item item = items.underAppraisal();

        HttpResponse<String> refused = items.move(item.id(), "conclude-appraisal", "appraiser", CONCLUSION);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Chưa lấy ý kiến cơ quan nào");
    }

    @Test
    void namesTheAgenciesStillAwaitedEvenPastTheirDueDate() {
        AppraisalItems.Item item = items.underAppraisal();
        List<Long> ids = items.ask(item.id(), "2026-02-10", new String[] {"CA-TINH", "SECURITY"},
                new String[] {"STC", "FINANCE"}, new String[] {"OWNER", "SECTOR"});
        items.answer(item.id(), ids.get(1), "appraiser", "AGREE", "");

        HttpResponse<String> refused = items.move(item.id(), "conclude-appraisal", "appraiser", CONCLUSION);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Công an tỉnh Phú Thọ, " + team.owner().nameVi())
                .doesNotContain("Sở Tài chính tỉnh Phú Thọ");
    }

    @Test
    void concludesWhenEveryLiveRequestIsAnsweredAndWithdrawnOnesDoNotCount() {
        AppraisalItems.Item item = items.underAppraisal();
        List<Long> ids = items.ask(item.id(), "2026-11-02", new String[] {"CA-TINH", "SECURITY"},
                new String[] {"COMMUNE", "COMMUNE"});
        items.answer(item.id(), ids.get(0), "police", "AGREE", "");
        assertThat(WebClient.api(port, "DELETE", "/api/v1/aid-items/" + item.id() + "/opinions/" + ids.get(1),
                team.appraiser().token(), null).statusCode()).isEqualTo(204);

        HttpResponse<String> concluded = items.move(item.id(), "conclude-appraisal", "appraiser", CONCLUSION);

        assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
        assertThat(concluded.body()).contains("APPRAISED");
    }

    @Test
    void theConclusionPageAsksForTheReportsNumberAndDate() {
        AppraisalItems.Item item = items.underAppraisal();

        String page = team.appraiser().browser(port)
                .get("/app/aid/items/" + item.id() + "/transitions/conclude-appraisal").body();

        assertThat(page).contains("Số báo cáo thẩm định", "Ngày báo cáo thẩm định", "id=\"referenceDate\"");
    }

    @Test
    void theConclusionPageShowsTheRefusal() {
        AppraisalItems.Item item = items.underAppraisal();
        items.ask(item.id(), "2026-11-02", new String[] {"STC", "FINANCE"});
        WebClient appraiser = team.appraiser().browser(port);
        String path = "/app/aid/items/" + item.id() + "/transitions/conclude-appraisal";
        appraiser.get(path);

        HttpResponse<String> page = appraiser.post(path, Map.of("version", String.valueOf(items.version(item.id())),
                "recommendation", "APPROVE", "reason", "Đủ điều kiện"));

        assertThat(page.body()).contains("Còn chờ ý kiến của: Sở Tài chính tỉnh Phú Thọ.");
    }
}
