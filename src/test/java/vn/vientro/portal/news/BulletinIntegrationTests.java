package vn.vientro.portal.news;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Plans;
import vn.vientro.mobilisation.plan.ActivityInput;
import vn.vientro.mobilisation.plan.ActivityStatus;
import vn.vientro.mobilisation.plan.ActivityType;
import vn.vientro.mobilisation.plan.MobilisationPlans;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foreign-affairs bulletin: the focal point writes and publishes an activity's or a reward's public text on the
 * mobilisation pages; the portal lists published entries in both languages, the latest first, with a page each, and
 * renews its pages when one changes; nothing of an activity's own fields, nor an unpublished one, reaches it.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinIntegrationTests {

    private static final String SECRET = "QZBULLETINSECRET";

    @LocalServerPort
    int port;

    final int n = Unique.number();
    long conference;
    long hidden;
    long older;

    @BeforeAll
    void activities() {
        Plans plan = Plans.aPlanFor(Today.inProvince().getYear());
        long lead = ProvinceAgencies.committeeOffice().id();
        conference = activity(plan, "Hội nghị xúc tiến vận động " + n, ActivityType.CONFERENCE, lead);
        hidden = activity(plan, SECRET + " chuyến thăm chưa công bố " + n, ActivityType.NGO_VISIT, lead);
        older = activity(plan, "Đoàn công tác " + n, ActivityType.DELEGATION_ABROAD, lead);
    }

    @Test
    void theFocalPointPublishesAnActivityAndThePortalShowsItInBothLanguages() {
        WebClient focal = Staff.focalPoint().browser(port);
        Document form = Jsoup.parse(focal.get("/app/mobilisation/bulletin/activities/" + conference).body());
        assertThat(form.select("#titleVi").val()).as("a new entry starts from the activity's title")
                .isEqualTo("Hội nghị xúc tiến vận động " + n);
        assertThat(Jsoup.parse(focal.get("/app/mobilisation/bulletin").body()).select("#bulletin-rows").text())
                .contains("Hội nghị xúc tiến vận động " + n);

        Map<String, String> empty = new LinkedHashMap<>(Map.of("titleVi", " ", "summaryVi", "", "happenedOn", ""));
        Document refused = Jsoup.parse(focal.post("/app/mobilisation/bulletin/activities/" + conference, empty).body());
        assertThat(refused.select(".is-invalid").eachAttr("id")).contains("titleVi", "summaryVi", "happenedOn");

        publish(focal, conference, "", "Hội nghị xúc tiến vận động " + n, "Investment promotion conference " + n,
                "Tỉnh tổ chức hội nghị với 40 tổ chức.", "The province met 40 organisations.", Today.inProvince());
        publish(focal, older, "", "Đoàn công tác " + n, "Delegation " + n, "Đoàn đi Nhật Bản.", "To Japan.",
                Today.inProvince().minusMonths(2));
        Events.settle();

        WebClient visitor = new WebClient(port);
        HttpResponse<String> vi = visitor.get("/ban-tin");
        assertThat(vi.statusCode()).isEqualTo(200);
        assertThat(vi.headers().firstValue("Cache-Control").orElse("")).contains("public");
        Document list = Jsoup.parse(vi.body());
        List<String> titles = list.select("#bulletin-entries h2").eachText();
        assertThat(titles).contains("Hội nghị xúc tiến vận động " + n, "Đoàn công tác " + n);
        assertThat(titles.indexOf("Hội nghị xúc tiến vận động " + n)).as("the latest first")
                .isLessThan(titles.indexOf("Đoàn công tác " + n));
        assertThat(list.select("nav a[href=/ban-tin]")).as("the portal's menu links here").isNotEmpty();
        assertThat(list.select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/en/bulletin");
        assertThat(vi.body()).doesNotContain(SECRET);
        assertThat(Jsoup.parse(visitor.get("/").body()).select("#home-news a").eachText())
                .as("the home shows the latest entries").containsExactlyElementsOf(titles.subList(0, 3));

        Document en = Jsoup.parse(visitor.get("/en/bulletin").body());
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        String link = en.select("#bulletin-entries a:contains(Investment promotion conference " + n + ")").attr("href");
        assertThat(link).startsWith("/en/bulletin/").contains("-investment-promotion-conference-");
        Document page = Jsoup.parse(visitor.get(link).body());
        assertThat(page.select("h1").text()).isEqualTo("Investment promotion conference " + n);
        assertThat(page.select("#bulletin-summary").text()).isEqualTo("The province met 40 organisations.");
        assertThat(page.text()).contains("Conference or workshop").doesNotContain(SECRET);
        String id = link.substring("/en/bulletin/".length(), link.indexOf('-'));
        HttpResponse<String> bare = visitor.get("/ban-tin/" + id);
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(WebClient.location(bare)).contains("/ban-tin/" + id + "-hoi-nghi-xuc-tien-van-dong-" + n);

        String map = visitor.get("/sitemap.xml").body();
        assertThat(map).contains("/ban-tin/" + id + "-").contains("/en/bulletin/" + id + "-").contains("/en/bulletin<");
    }

    @Test
    void aWithdrawnEntryLeavesThePortalWhoseCachedPagesAreRenewed() {
        long visit = activity(Plans.aPlanFor(Today.inProvince().getYear()), "Thăm tổ chức " + n,
                ActivityType.NGO_VISIT, ProvinceAgencies.committeeOffice().id());
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get("/app/mobilisation/bulletin/activities/" + visit);
        publish(focal, visit, "", "Thăm tổ chức " + n, null, "Làm việc với tổ chức.", null, Today.inProvince());
        Events.settle();
        WebClient visitor = new WebClient(port);
        HttpResponse<String> before = visitor.get("/ban-tin");
        assertThat(before.body()).contains("Thăm tổ chức " + n);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(new WebClient(port).sending("If-None-Match", etag).get("/ban-tin").statusCode()).isEqualTo(304);
        String link = Jsoup.parse(before.body()).select("#bulletin-entries a:contains(Thăm tổ chức " + n + ")")
                .attr("href");
        assertThat(visitor.get(link).statusCode()).isEqualTo(200);
        assertThat(visitor.get(link.replace("/ban-tin/", "/en/bulletin/")).statusCode())
                .as("an entry without English shows its Vietnamese text at its English address").isIn(200, 301);

        Map<String, String> withdraw = new LinkedHashMap<>(Map.of("version", "0", "titleVi", "Thăm tổ chức " + n,
                "summaryVi", "Làm việc với tổ chức.", "happenedOn", Today.inProvince().toString()));
        assertThat(focal.post("/app/mobilisation/bulletin/activities/" + visit, withdraw).statusCode()).isEqualTo(302);
        Events.settle();
        HttpResponse<String> after = new WebClient(port).sending("If-None-Match", etag).get("/ban-tin");
        assertThat(after.statusCode()).as("the change renews the page").isEqualTo(200);
        assertThat(after.body()).doesNotContain("Thăm tổ chức " + n);
        assertThat(visitor.get(link).statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(focal.get("/app/mobilisation/bulletin").body()).select("#bulletin-rows tr")
                .eachText()).anyMatch(row -> row.contains("Thăm tổ chức " + n) && row.contains("Đã gỡ"));
    }

    @Test
    void aStaleVersionIsRefusedKeepingWhatWasTyped() {
        long training = activity(Plans.aPlanFor(Today.inProvince().getYear()), "Tập huấn " + n,
                ActivityType.TRAINING, ProvinceAgencies.committeeOffice().id());
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get("/app/mobilisation/bulletin/activities/" + training);
        publish(focal, training, "", "Tập huấn " + n, null, "Lần thứ nhất.", null, Today.inProvince());
        publish(focal, training, "0", "Tập huấn " + n, null, "Lần thứ hai.", null, Today.inProvince());
        Map<String, String> stale = new LinkedHashMap<>(Map.of("version", "0", "titleVi", "Tập huấn " + n,
                "summaryVi", "Bản cũ của tôi.", "happenedOn", Today.inProvince().toString(), "published", "true"));
        HttpResponse<String> refused = focal.post("/app/mobilisation/bulletin/activities/" + training, stale);
        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#conflict").text()).contains("Lần thứ hai.");
        assertThat(page.select("#summaryVi").text()).isEqualTo("Bản cũ của tôi.");
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        Events.settle();
        assertThat(new WebClient(port).get("/ban-tin").body()).contains("Lần thứ hai.").doesNotContain("Bản cũ");
    }

    @Test
    void onlyTheFocalPointWritesTheBulletin() {
        for (Staff other : List.of(Staff.leader(), Staff.appraiser(), Staff.officer())) {
            WebClient browser = other.browser(port);
            assertThat(browser.get("/app/mobilisation/bulletin").statusCode()).isEqualTo(403);
            assertThat(browser.get("/app/mobilisation/bulletin/activities/" + hidden).statusCode()).isEqualTo(403);
            browser.get("/app");
            assertThat(browser.post("/app/mobilisation/bulletin/activities/" + hidden, Map.of("titleVi", "x",
                    "summaryVi", "x", "happenedOn", Today.inProvince().toString(), "published", "true"))
                    .statusCode()).isEqualTo(403);
        }
        WebClient focal = Staff.focalPoint().browser(port);
        assertThat(focal.get("/app/mobilisation/bulletin/activities/999999999").statusCode()).isEqualTo(404);
        assertThat(focal.get("/app/mobilisation/bulletin/nothing/" + hidden).statusCode()).isEqualTo(404);
        Events.settle();
        assertThat(new WebClient(port).get("/ban-tin").body()).doesNotContain(SECRET);
    }

    @Test
    void aRewardIsPublishedToo() {
        Staff focalPoint = Staff.focalPoint();
        HttpResponse<String> created = WebClient.api(port, "POST", "/api/v1/rewards", focalPoint.token(), """
                {"kind":"PC_CHAIRMAN_MERIT","issuingLevel":"PROVINCE","recipientName":"Jane Doe %d",
                 "reason":"%s lý do nội bộ","decisionNumber":"%d/QĐ-UBND","decisionDate":"%s"}"""
                .formatted(n, SECRET, n, Today.inProvince()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long reward = vn.vientro.aid.AidFixtures.read(created.body()).path("id").asLong();
        WebClient focal = focalPoint.browser(port);
        Document form = Jsoup.parse(focal.get("/app/mobilisation/bulletin/rewards/" + reward).body());
        assertThat(form.select("#titleVi").val()).isEqualTo("Jane Doe " + n);
        publish(focal, "rewards", reward, "", "Bằng khen cho bà Jane Doe " + n, "Merit for Jane Doe " + n,
                "Tỉnh trao bằng khen.", "The province gave a certificate of merit.", Today.inProvince());
        Events.settle();
        String page = new WebClient(port).get("/en/bulletin").body();
        assertThat(page).contains("Merit for Jane Doe " + n).contains("Reward").doesNotContain(SECRET);
    }

    @Test
    void theApiWritesAndWithdrawsEntriesWithTheSameRoleAndVersions() {
        long meeting = activity(Plans.aPlanFor(Today.inProvince().getYear()), "Gặp gỡ COMINGO " + n,
                ActivityType.CENTRAL_BODIES_MEETING, ProvinceAgencies.committeeOffice().id());
        String path = "/api/v1/bulletin/activities/" + meeting;
        var draft = vn.vientro.aid.AidFixtures.read(WebClient.api(port, "GET", path, Staff.focalPoint().token(), null)
                .body());
        assertThat(draft.path("titleVi").asString()).isEqualTo("Gặp gỡ COMINGO " + n);
        assertThat(draft.path("version").isNumber()).as("no entry yet").isFalse();
        String body = "{\"titleVi\":\"Gặp gỡ COMINGO " + n + "\",\"titleEn\":\"Meeting COMINGO " + n
                + "\",\"summaryVi\":\"Làm việc.\",\"happenedOn\":\"" + Today.inProvince() + "\",\"published\":true}";
        assertThat(WebClient.api(port, "PUT", path, Staff.leader().token(), body).statusCode()).isEqualTo(403);
        HttpResponse<String> written = WebClient.api(port, "PUT", path, Staff.focalPoint().token(), body);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(vn.vientro.aid.AidFixtures.read(written.body()).path("version").asLong()).isZero();
        HttpResponse<String> stale = WebClient.api(port, "PUT", path, Staff.focalPoint().token(), body);
        assertThat(stale.statusCode()).as("no version: someone wrote the first entry already").isEqualTo(409);
        assertThat(vn.vientro.aid.AidFixtures.read(stale.body()).path("type").asString())
                .isEqualTo("/problems/stale-version");
        HttpResponse<String> invalid = WebClient.api(port, "PUT", path, Staff.focalPoint().token(),
                "{\"version\":0,\"titleVi\":\" \"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        Events.settle();
        assertThat(new WebClient(port).get("/en/bulletin").body()).contains("Meeting COMINGO " + n);

        HttpResponse<String> withdrawn = WebClient.api(port, "PUT", path, Staff.focalPoint().token(),
                body.replace("{", "{\"version\":0,").replace("\"published\":true", "\"published\":false"));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        Events.settle();
        assertThat(new WebClient(port).get("/en/bulletin").body()).doesNotContain("Meeting COMINGO " + n);
        assertThat(WebClient.api(port, "GET", "/api/v1/bulletin", Staff.focalPoint().token(), null).body())
                .contains("Gặp gỡ COMINGO " + n);
        assertThat(WebClient.api(port, "GET", "/api/v1/bulletin/rewards/987654321", Staff.focalPoint().token(), null)
                .statusCode()).isEqualTo(404);
    }

    private void publish(WebClient focal, long activity, String version, String titleVi, String titleEn,
                         String summaryVi, String summaryEn, LocalDate on) {
        publish(focal, "activities", activity, version, titleVi, titleEn, summaryVi, summaryEn, on);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void publish(WebClient focal, String source, long id, String version, String titleVi, String titleEn,
                         String summaryVi, String summaryEn, LocalDate on) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", version);
        form.put("titleVi", titleVi);
        form.put("titleEn", titleEn == null ? "" : titleEn);
        form.put("summaryVi", summaryVi);
        form.put("summaryEn", summaryEn == null ? "" : summaryEn);
        form.put("happenedOn", on.toString());
        form.put("published", "true");
        HttpResponse<String> saved = focal.post("/app/mobilisation/bulletin/" + source + "/" + id, form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    /** An activity whose own fields (description, funding, outcome) hold the secret: never public. */
    static long activity(Plans plan, String title, ActivityType type, long lead) {
        return plan.focal().acting(() -> ApplicationUnderTest.bean(MobilisationPlans.class).addActivity(plan.id(),
                new ActivityInput(null, type, title, SECRET + " mô tả", List.of(Today.inProvince().getMonthValue()),
                        lead, List.of(), null, List.of(), List.of(), new java.math.BigDecimal("777000"), null,
                        SECRET + " nguồn", ActivityStatus.DONE, Today.inProvince(), SECRET + " kết quả")));
    }
}
