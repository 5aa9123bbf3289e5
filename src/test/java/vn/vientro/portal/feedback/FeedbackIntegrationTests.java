package vn.vientro.portal.feedback;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Needs;
import vn.vientro.portal.catalogue.PortalForms;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Community feedback through the whole stack: sent anonymously from a published need's or item's page behind the
 * spam guard, followed by its codes, triaged, assigned, answered and published by staff through pages and the API,
 * overdue on the home page, refused to who has no right, and its sender's personal data never on a public page.
 */
@VientroIntegrationTest
class FeedbackIntegrationTests {

    /** A 1×1 PNG, as a photo. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final long communeId = ProvinceAgencies.newCommune().id();
    private final Staff commune = Staff.officerOf(communeId);

    @BeforeEach
    void everyAddressMaySendAgain() {
        PortalForms.forgetAddresses();
        ApplicationUnderTest.bean(vn.vientro.portal.tracking.TrackingGuard.class).forgetAddresses();
    }

    @Test
    void aCitizenSendsFeedbackOnANeedAndFollowsItByItsCodes() {
        long need = published("Giếng nước thôn Đồng Lạc", "A well for Dong Lac hamlet");
        WebClient visitor = new WebClient(port);
        Document page = Jsoup.parse(visitor.get("/danh-muc-du-an/" + need + "-gieng-nuoc-thon-dong-lac").body());
        String formPath = page.select("a#feedback-link").attr("href");
        assertThat(formPath).isEqualTo("/danh-muc-du-an/" + need + "-gieng-nuoc-thon-dong-lac/phan-anh");
        HttpResponse<String> form = visitor.get(formPath);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Set-Cookie")).as("no session: cacheable").isEmpty();
        assertThat(Jsoup.parse(form.body()).select("input[name=_csrf]")).isEmpty();

        HttpResponse<String> sent = send(formPath, "203.0.113.7", Map.of("name", "Nguyễn Văn Bình",
                "contact", "0912 345 678", "message", "Giếng chưa có nước từ tháng trước."), null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document thanks = Jsoup.parse(sent.body());
        String code = thanks.select("#feedback-code").text();
        String check = thanks.select("#feedback-check-code").text();
        assertThat(code).matches("PA-\\d{4}-[A-Z2-9]{6}");
        assertThat(check).matches("[A-Z2-9]{8}");
        Map<String, Object> row = jdbc.sql("""
                select subject_kind, subject_id, sender_name, sender_contact, status, anonymous, received_on, due_on
                  from portal.feedback where code = :code""").param("code", code).query().singleRow();
        assertThat(row).containsEntry("subject_kind", "NEED").containsEntry("subject_id", need)
                .containsEntry("sender_name", "Nguyễn Văn Bình").containsEntry("status", "RECEIVED")
                .containsEntry("anonymous", false);
        assertThat(((java.sql.Date) row.get("due_on")).toLocalDate()).isAfter(Today.inProvince());
        assertThat(jdbc.sql("select actor from audit.event where schema_name = 'portal' and table_name = 'feedback' and row_id = "
                + "(select id::text from portal.feedback where code = :code)").param("code", code)
                .query(String.class).list()).containsOnly("system:portal");

        assertThat(track("/phan-anh/tra-cuu", code, "WRONG123").select(".alert-danger").text())
                .contains("Không tìm thấy");
        Document found = track("/phan-anh/tra-cuu", code.toLowerCase(), check);
        assertThat(found.select("#feedback-stage").text()).isEqualTo("Đã tiếp nhận");
        assertThat(found.text()).doesNotContain("Nguyễn Văn Bình").doesNotContain("0912 345 678");
        assertThat(track("/en/feedback/track", code, check).select("#feedback-stage").text()).isEqualTo("Received");
    }

    @Test
    void theSpamGuardAndTheNameRuleRefuseAndKeepTheInput() {
        long need = published("Sân chơi cho trẻ em", "A playground");
        String path = "/danh-muc-du-an/" + need + "-x/phan-anh";
        long before = count(need);
        Map<String, String> honeypot = new HashMap<>(Map.of("anonymous", "true", "message", "Spam"));
        honeypot.put("website", "http://spam.example");
        assertThat(send(path, "192.0.2.40", honeypot, null).statusCode()).isEqualTo(400);
        Map<String, String> fast = new HashMap<>(Map.of("anonymous", "true", "message", "Quá nhanh"));
        fast.put("stamp", PortalForms.servedSecondsAgo(0));
        assertThat(send(path, "192.0.2.40", fast, null).statusCode()).isEqualTo(400);

        HttpResponse<String> unnamed = send(path, "192.0.2.40", Map.of("message", "Ai đó gửi"), null);
        Document again = Jsoup.parse(unnamed.body());
        assertThat(again.select("#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#message").text()).as("input kept").isEqualTo("Ai đó gửi");
        assertThat(count(need)).isEqualTo(before);

        assertThat(send(path, "192.0.2.40", Map.of("anonymous", "true", "message", "Ẩn danh"), null).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("select sender_name from portal.feedback where subject_id = :need and anonymous")
                .param("need", need).query(String.class).list()).containsExactly((String) null);
        for (int i = 0; i < 4; i++) {
            send(path, "192.0.2.40", Map.of("anonymous", "true", "message", "Lần " + i), null);
        }
        assertThat(send(path, "192.0.2.40", Map.of("anonymous", "true", "message", "Quá nhiều"), null)
                .statusCode()).isEqualTo(429);
        assertThat(visitorGet("/danh-muc-du-an/987654321-x/phan-anh")).isEqualTo(404);
    }

    @Test
    void aPhotoIsKeptWhenItIsAPictureAndShownToStaffOnly() {
        long need = published("Nhà văn hóa xã", "A commune hall");
        String path = "/danh-muc-du-an/" + need + "-x/phan-anh";
        HttpResponse<String> refused = send(path, "192.0.2.41", Map.of("anonymous", "true", "message", "Ảnh"),
                new byte[] {'M', 'Z', 1, 2, 3});
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select(".alert-danger").text()).isNotBlank();
        HttpResponse<String> sent = send(path, "192.0.2.41", Map.of("anonymous", "true", "message", "Ảnh mái dột"),
                PNG);
        assertThat(sent.statusCode()).isEqualTo(200);
        long id = idOf(Jsoup.parse(sent.body()).select("#feedback-code").text());
        WebClient focal = Staff.focalPoint().browser(port);
        assertThat(focal.get("/app/portal/feedback/" + id).body()).contains("id=\"feedback-photo\"");
        HttpResponse<String> photo = focal.get("/app/portal/feedback/" + id + "/photo");
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new WebClient(port).get("/app/portal/feedback/" + id + "/photo").statusCode()).isIn(302, 401);
        assertThat(Staff.officer().browser(port).get("/app/portal/feedback/" + id + "/photo").statusCode())
                .isEqualTo(403);
    }

    @Test
    void staffTriageAssignAnswerAndPublishThroughThePagesAndTheCitizenReadsTheAnswer() {
        long need = published("Trạm y tế xã Hợp Nhất", "Hop Nhat health station");
        long id = FeedbackFixtures.onNeed(need, "Trần Thị Mai", "mai@example.org", "Trạm y tế thiếu thuốc.");
        String code = jdbc.sql("select code from portal.feedback where id = :id").param("id", id)
                .query(String.class).single();
        String check = jdbc.sql("select check_code from portal.feedback where id = :id").param("id", id)
                .query(String.class).single();
        long focalNotices = notices("portal-feedback");
        String page = "/app/portal/feedback/" + id;

        WebClient focal = Staff.focalPoint().browser(port);
        Document staffPage = Jsoup.parse(focal.get(page).body());
        assertThat(staffPage.select("#feedback-sender").text()).isEqualTo("Trần Thị Mai");
        assertThat(staffPage.select("#feedback-contact").text()).isEqualTo("mai@example.org");
        assertThat(focal.post(page + "/triage", Map.of("version", "0", "decision", "ACCEPT")).statusCode())
                .isEqualTo(302);
        focal.get(page);
        assertThat(focal.post(page + "/assign", Map.of("version", "1")).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select agency_id from portal.feedback where id = :id").param("id", id)
                .query(Long.class).single()).as("the need's proposer").isEqualTo(communeId);

        WebClient officer = commune.browser(port);
        assertThat(officer.get("/app/portal/feedback").body()).contains(code);
        Document officerPage = Jsoup.parse(officer.get(page).body());
        assertThat(officerPage.select("#answer-form")).isNotEmpty();
        assertThat(officerPage.select("#publish-form, #assign-form")).isEmpty();
        assertThat(officer.post(page + "/answer", Map.of("version", "2", "answer",
                "Trạm đã được cấp bổ sung thuốc ngày 10/12.")).statusCode()).isEqualTo(302);
        assertThat(officer.post(page + "/publish", Map.of("version", "3")).statusCode()).isEqualTo(403);
        assertThat(track("/phan-anh/tra-cuu", code, check).select("#feedback-answer")).as("a draft is not public")
                .isEmpty();

        focal.get(page);
        assertThat(focal.post(page + "/publish", Map.of("version", "3")).statusCode()).isEqualTo(302);
        Document tracked = track("/phan-anh/tra-cuu", code, check);
        assertThat(tracked.select("#feedback-stage").text()).isEqualTo("Đã trả lời");
        assertThat(tracked.select("#feedback-answer").text()).isEqualTo("Trạm đã được cấp bổ sung thuốc ngày 10/12.");
        Events.settle();
        String canonical = WebClient.location(new WebClient(port).get("/danh-muc-du-an/" + need + "-x"));
        String shown = new WebClient(port).get(URI.create(canonical).getPath()).body();
        assertThat(Jsoup.parse(shown).select("#feedback-answers").text()).contains("Trạm đã được cấp bổ sung thuốc")
                .contains(code);
        assertThat(shown).doesNotContain("Trần Thị Mai").doesNotContain("mai@example.org");
        assertThat(notices("portal-feedback")).as("received, answered: the focal point; assigned: the commune")
                .isGreaterThanOrEqualTo(focalNotices + 3);
    }

    @Test
    void theApiRunsTheSameStepsAndRefusesAStaleVersion() {
        AidFixtures aid = new AidFixtures(new vn.vientro.aid.AidTeam());
        long need = published("Cầu dân sinh thôn Trại", "A footbridge");
        long id = FeedbackFixtures.onNeed(need, "Lê Văn Hùng", "0987 000 111", "Cầu bị sạt lở.");
        String focal = aid.team().focal().token();
        HttpResponse<String> accepted = WebClient.api(port, "POST", "/api/v1/feedback/" + id + "/triage", focal,
                "{\"version\":0,\"decision\":\"ACCEPT\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(AidFixtures.read(accepted.body()).path("status").asString()).isEqualTo("ACCEPTED");
        HttpResponse<String> stale = WebClient.api(port, "POST", "/api/v1/feedback/" + id + "/triage", focal,
                "{\"version\":0,\"decision\":\"REJECT\",\"rejection\":\"SPAM\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("/problems/stale-version");
        HttpResponse<String> early = WebClient.api(port, "POST", "/api/v1/feedback/" + id + "/publication", focal,
                "{\"version\":1}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("/problems/feedback-step-refused");
        assertThat(WebClient.api(port, "POST", "/api/v1/feedback/" + id + "/assignment", focal, "{\"version\":1}")
                .statusCode()).isEqualTo(200);
        assertThat(WebClient.api(port, "POST", "/api/v1/feedback/" + id + "/answer", commune.token(),
                "{\"version\":2,\"answer\":\"Đã sửa cầu.\"}").statusCode()).isEqualTo(200);
        Staff otherOfficer = Staff.officer();
        assertThat(WebClient.api(port, "GET", "/api/v1/feedback/" + id, otherOfficer.token(), null).statusCode())
                .isEqualTo(403);
        assertThat(WebClient.api(port, "GET", "/api/v1/feedback", otherOfficer.token(), null).body())
                .doesNotContain("\"id\":" + id + ",");
        assertThat(WebClient.api(port, "GET", "/api/v1/feedback/" + id, aid.team().admin().token(), null)
                .statusCode()).as("administrators read no personal data").isEqualTo(403);
        assertThat(WebClient.api(port, "POST", "/api/v1/feedback/" + id + "/publication", focal, "{\"version\":3}")
                .statusCode()).isEqualTo(200);
        JsonNode list = AidFixtures.read(WebClient.api(port, "GET", "/api/v1/feedback?status=PUBLISHED", focal, null)
                .body());
        assertThat(list.toString()).contains("\"id\":" + id).doesNotContain("Lê Văn Hùng");
        assertThat(WebClient.api(port, "GET", "/api/v1/feedback/" + id, focal, null).body()).contains("Lê Văn Hùng");
    }

    @Test
    void overdueFeedbackShowsOnTheHomePagesAndIsToldOnce() {
        long need = published("Kênh mương nội đồng", "Irrigation canals");
        long id = FeedbackFixtures.onNeed(need, "Phạm Văn Cường", "0900 111 222", "Kênh bị tắc.");
        FeedbackFixtures.assigned(id);
        // as if received long ago: the due date passed
        jdbc.sql("update portal.feedback set due_on = :due where id = :id").param("due", Today.inProvince()
                .minusDays(3)).param("id", id).update();
        Document home = Jsoup.parse(commune.browser(port).get("/app").body());
        assertThat(home.select("a[href='/app/portal/feedback?overdue=true'] .vt-tile-count").text()).isEqualTo("1");
        Document focalHome = Jsoup.parse(Staff.focalPoint().browser(port).get("/app").body());
        assertThat(Long.parseLong(focalHome.select("a[href='/app/portal/feedback?overdue=true'] .vt-tile-count")
                .text())).isPositive();
        assertThat(Jsoup.parse(Staff.officer().browser(port).get("/app").body())
                .select("a[href='/app/portal/feedback?overdue=true'] .vt-tile-count").text()).isEqualTo("0");
        assertThat(commune.browser(port).get("/app/portal/feedback?overdue=true").body()).contains("feedback-overdue");

        long before = notices("portal-feedback-overdue");
        FeedbackOverdueJob job = ApplicationUnderTest.bean(FeedbackOverdueJob.class);
        assertThat(job.tell(Today.inProvince())).isPositive();
        assertThat(job.tell(Today.inProvince())).as("told once").isZero();
        Events.settle();
        assertThat(notices("portal-feedback-overdue")).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void aStepOnAStaleVersionIsRefusedOnThePageAndTheAnswerTypedIsKept() {
        long need = published("Đường vào bản Nà Lừa", "A road to Na Lua");
        long id = FeedbackFixtures.onNeed(need, "Đinh Văn Tú", "0911 222 333", "Đường lầy lội.");
        FeedbackFixtures.assigned(id);
        String page = "/app/portal/feedback/" + id;
        WebClient officer = commune.browser(port);
        officer.get(page);
        assertThat(officer.post(page + "/answer", Map.of("version", "1", "answer", "Bản nháp đầu.")).statusCode())
                .isEqualTo(302);
        officer.get(page);
        assertThat(officer.post(page + "/answer", Map.of("version", "1", "answer", "Bản nháp thứ hai.")).statusCode())
                .isEqualTo(302);
        Document again = Jsoup.parse(officer.get(page).body());
        assertThat(again.select("#answer-form .alert-danger").text()).contains("Người khác đã lưu");
        assertThat(again.select("#answer").text()).as("input kept").isEqualTo("Bản nháp thứ hai.");
        assertThat(again.select("#answer-form input[name=version]").val()).isEqualTo("2");
        assertThat(jdbc.sql("select answer from portal.feedback where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Bản nháp đầu.");
    }

    @Test
    void rolesAreEnforcedOnThePages() {
        long need = published("Lớp học tình thương", "A charity class");
        long id = FeedbackFixtures.onNeed(need, "Hoàng Thị Lan", "lan@example.org", "Cần thêm giáo viên.");
        String page = "/app/portal/feedback/" + id;
        assertThat(Staff.leader().browser(port).get(page).body()).contains("Hoàng Thị Lan");
        assertThat(Staff.admin().browser(port).get(page).statusCode()).isEqualTo(403);
        assertThat(Staff.police().browser(port).get(page).statusCode()).isEqualTo(403);
        assertThat(commune.browser(port).get(page).statusCode()).as("not assigned yet").isEqualTo(403);
        WebClient leader = Staff.leader().browser(port);
        leader.get(page);
        assertThat(leader.post(page + "/triage", Map.of("version", "0", "decision", "ACCEPT")).statusCode())
                .isEqualTo(403);
        assertThat(new WebClient(port).get("/app/portal/feedback").statusCode()).isIn(302, 401);
    }

    private long published(String vi, String en) {
        long id = Needs.aNeedOf(commune).titled(vi, en).published(Staff.appraiser());
        Events.settle();
        return id;
    }

    private long count(long need) {
        return jdbc.sql("select count(*) from portal.feedback where subject_id = :need and subject_kind = 'NEED'")
                .param("need", need).query(Long.class).single();
    }

    private long idOf(String code) {
        return jdbc.sql("select id from portal.feedback where code = :code").param("code", code)
                .query(Long.class).single();
    }

    private long notices(String category) {
        return jdbc.sql("select count(*) from notification.inbox_item where category = :category")
                .param("category", category).query(Long.class).single();
    }

    private int visitorGet(String path) {
        return new WebClient(port).get(path).statusCode();
    }

    private Document track(String path, String code, String check) {
        return Jsoup.parse(new WebClient(port).sending("X-Forwarded-For", "198.51.100." + Unique.number() % 250)
                .postRaw(path, Map.of("code", code, "checkCode", check)).body());
    }

    /** Posts the form as a browser does (multipart, no session, no CSRF token), from the address given. */
    private HttpResponse<String> send(String path, String address, Map<String, String> fields, byte[] photo) {
        Map<String, String> form = new HashMap<>(fields);
        form.putIfAbsent("stamp", PortalForms.servedSecondsAgo(10));
        form.putIfAbsent("website", "");
        String boundary = "----feedback-" + Unique.number();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (photo != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.png\""
                    + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(photo);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "text/html").header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
