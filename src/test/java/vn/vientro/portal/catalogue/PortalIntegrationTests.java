package vn.vientro.portal.catalogue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.CatalogueVersions;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.Needs;
import vn.vientro.mobilisation.need.NeedStep;
import vn.vientro.portal.feedback.FeedbackFixtures;
import vn.vientro.portal.site.Slugs;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public portal through the whole stack, as an anonymous visitor: both languages' homes, the catalogue of
 * published needs and their pages, nothing of a need that is not published nor of a published need's internal fields,
 * the "we are interested" form into the funnel and its spam guard, the site map, robots.txt and caching.
 */
@VientroIntegrationTest
class PortalIntegrationTests {

    private static final String MARK = "ZQXMARK";
    /** A 1×1 PNG, as a need's photo. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final Staff commune = Staff.officerOf(ProvinceAgencies.newCommune().id());

    @BeforeEach
    void everyAddressMaySendAgain() {
        PortalForms.forgetAddresses();
    }

    @Test
    void bothHomesRenderWithTheProvinceAndTheStaffSignInLink() {
        long need = published("Cấp nước sạch cho thôn Khe Ván", "Clean water for Khe Van hamlet");
        WebClient visitor = new WebClient(port);
        HttpResponse<String> vi = visitor.get("/");
        assertThat(vi.statusCode()).isEqualTo(200);
        Document home = Jsoup.parse(vi.body());
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(home.text()).contains("Ủy ban nhân dân tỉnh Phú Thọ").contains("Viện trợ phi chính phủ nước ngoài");
        assertThat(home.select("a[href=/dang-nhap]")).isNotEmpty();
        assertThat(home.select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/en/");
        assertThat(home.select("meta[property=og:title]")).isNotEmpty();
        assertThat(home.select(".vt-sidebar, #vt-search-q")).as("nothing of the staff's shell").isEmpty();

        Document en = Jsoup.parse(visitor.get("/en/").body());
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.text()).contains("Phu Tho Province People's Committee").contains("Projects calling for aid");
        assertThat(en.select("a[href^=/en/projects-calling-for-aid/" + need + "-]")).isNotEmpty();
        assertThat(visitor.get("/en").statusCode()).isEqualTo(302);
        assertThat(WebClient.location(visitor.get("/?lang=en"))).endsWith("/en/");
        assertThat(WebClient.location(visitor.get("/dang-nhap"))).endsWith("/login");
        assertThat(visitor.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void aPublishedNeedHasItsPageInBothLanguagesAndAnUnpublishedOneIsNotFound() {
        long need = published("Trường mầm non bán trú xã Tân Sơn", "A boarding kindergarten for Tan Son commune");
        long draft = Needs.aNeedOf(commune).titled("Dự án còn nháp", "A draft project").draft();
        WebClient visitor = new WebClient(port);

        HttpResponse<String> vi = visitor.get("/danh-muc-du-an/" + need + "-truong-mam-non-ban-tru-xa-tan-son");
        assertThat(vi.statusCode()).isEqualTo(200);
        assertThat(vi.headers().firstValue("Set-Cookie")).as("no session for a visitor: the page is cacheable")
                .isEmpty();
        Document page = Jsoup.parse(vi.body());
        assertThat(page.select("h1").text()).isEqualTo("Trường mầm non bán trú xã Tân Sơn");
        assertThat(page.text()).contains("4.500.000.000").contains("450.000.000").contains("Nguyễn Thị Hạnh")
                .contains("24 tháng");
        assertThat(page.select("link[hreflang=en]").attr("href"))
                .endsWith("/en/projects-calling-for-aid/" + need + "-a-boarding-kindergarten-for-tan-son-commune");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("input[name=_csrf]")).isEmpty();

        Document en = Jsoup.parse(visitor.get("/en/projects-calling-for-aid/" + need
                + "-a-boarding-kindergarten-for-tan-son-commune").body());
        assertThat(en.select("h1").text()).isEqualTo("A boarding kindergarten for Tan Son commune");
        assertThat(en.text()).contains("We are interested").contains("24 months");

        HttpResponse<String> bare = visitor.get("/danh-muc-du-an/" + need);
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(WebClient.location(bare)).endsWith("/danh-muc-du-an/" + need + "-truong-mam-non-ban-tru-xa-tan-son");
        assertThat(visitor.get("/danh-muc-du-an/" + draft + "-du-an-con-nhap").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/en/projects-calling-for-aid/" + draft).statusCode()).isEqualTo(404);
    }

    @Test
    void theCatalogueFiltersPublishedNeeds() {
        int n = Unique.number();
        long need = published("Đường giao thông nông thôn " + n, "Rural road " + n);
        WebClient visitor = new WebClient(port);
        Document all = Jsoup.parse(visitor.get("/danh-muc-du-an").body());
        assertThat(all.select("select#f-field option")).hasSizeGreaterThan(1);
        String sector = "12220";
        assertThat(visitor.get("/danh-muc-du-an?sector=" + sector + "&min=4000&max=5000").body())
                .contains("Đường giao thông nông thôn " + n);
        assertThat(visitor.get("/danh-muc-du-an?min=4600").body()).doesNotContain("Đường giao thông nông thôn " + n);
        assertThat(visitor.get("/danh-muc-du-an?sector=99999").body()).doesNotContain("Đường giao thông nông thôn " + n);
        assertThat(visitor.get("/en/projects-calling-for-aid?field=2.5&min=abc").body()).contains("Rural road " + n);
        assertThat(need).isPositive();
    }

    @Test
    void nothingUnpublishedOrInternalReachesAnyPublicPage() {
        Needs.aNeedOf(commune).titled(MARK + " nháp", MARK + " draft").draft();
        Needs.aNeedOf(commune).titled(MARK + " đã gửi", MARK + " submitted").submitted();
        Needs.aNeedOf(commune).titled(MARK + " đã tiếp nhận", MARK + " accepted").accepted(Staff.appraiser());
        long returned = Needs.aNeedOf(commune).titled("Nhà văn hóa thôn Đồng Phú", "Dong Phu village hall")
                .submitted();
        Needs.take(Staff.appraiser(), returned, NeedAction.RETURN, NeedStep.because(MARK + " internal comment"));
        Needs.take(commune, returned, NeedAction.RESUBMIT, NeedStep.none());
        Needs.take(Staff.appraiser(), returned, NeedAction.ACCEPT, NeedStep.none());
        CatalogueVersions.approving(MARK + "/QĐ", Today.inProvince().minusDays(1), returned);
        Needs.take(Staff.focalPoint(), returned, NeedAction.PUBLISH, NeedStep.none());
        long withdrawn = published(MARK + " rút", MARK + " withdrawn");
        Needs.take(Staff.focalPoint(), withdrawn, NeedAction.WITHDRAW, NeedStep.because("no longer needed"));

        AidTeam team = new AidTeam();
        AidFixtures aid = new AidFixtures(team);
        String name = "Nhà bán trú cho học sinh " + Unique.number();
        long approved = aid.draft(port, team.officer().token(), aidItem(team, aid, name, "Boarding house",
                "\"SUMMARY\",\"SECTORS\""));
        aid.moveTo(port, approved, AidStatus.APPROVED);
        aid.draft(port, team.officer().token(), aidItem(team, aid, MARK + " dự thảo", MARK + " draft", "\"SUMMARY\""));
        long refused = aid.draft(port, team.officer().token(), aidItem(team, aid, MARK + " từ chối", MARK + " refused",
                "\"SUMMARY\""));
        aid.moveTo(port, refused, AidStatus.REFUSED);
        String news = "Hội thảo vận động " + Unique.number();
        bulletinEntry(news, true);
        bulletinEntry(MARK + " hoạt động chưa công bố", false);
        // community feedback: its sender's name, contact and message are for staff only, even once answered
        long feedback = FeedbackFixtures.onItem(approved, MARK + " Nguyễn Văn A", MARK + "@example.org",
                MARK + " nội dung phản ánh");
        FeedbackFixtures.assigned(feedback);
        FeedbackFixtures.answered(feedback, "Đã kiểm tra và khắc phục.");
        FeedbackFixtures.onNeed(returned, MARK + " Trần Thị B", MARK + " 0900", MARK + " phản ánh chưa trả lời");
        Events.settle();

        String viItem = "/minh-bach/" + approved + "-" + Slugs.of(name);
        Set<String> visited = crawl("/", "/en/", "/sitemap.xml", viItem, "/en/transparency/" + approved
                + "-boarding-house", "/minh-bach", "/en/transparency", "/ban-tin", "/en/bulletin");
        assertThat(new WebClient(port).get("/ban-tin").body()).as("the published entry was crawled").contains(news);
        assertThat(visited).as("the crawl reached the bulletin's entries and the open data")
                .anyMatch(path -> path.startsWith("/ban-tin/")).anyMatch(path -> path.startsWith("/en/bulletin/"))
                .contains("/du-lieu-mo/danh-muc-du-an.csv", "/du-lieu-mo/so-lieu-tong-hop.json");
        HttpResponse<String> itemPage = new WebClient(port).get(viItem);
        assertThat(itemPage.statusCode()).as("the approved item's page was crawled").isEqualTo(200);
        assertThat(itemPage.body()).contains(name).contains("11220").as("its value is not public")
                .doesNotContain("987.654").as("the published answer").contains("Đã kiểm tra và khắc phục.");
        assertThat(visited).as("the crawl reached the published need")
                .anyMatch(path -> path.startsWith("/danh-muc-du-an/" + returned + "-"))
                .anyMatch(path -> path.startsWith("/en/projects-calling-for-aid/" + returned + "-"))
                .noneMatch(path -> path.startsWith("/danh-muc-du-an/" + withdrawn + "-"))
                .as("and the feedback forms and tracking pages").anyMatch(path -> path.endsWith("/phan-anh"))
                .anyMatch(path -> path.endsWith("/feedback")).contains("/phan-anh/tra-cuu", "/en/feedback/track");
    }

    @Test
    void anInterestSentFromThePortalArrivesInTheFunnelAndTellsTheFocalPoint() {
        long need = published("Xe cứu thương cho trung tâm y tế", "An ambulance for the health centre");
        int n = Unique.number();
        long notices = jdbc.sql("select count(*) from notification.inbox_item where category = 'portal-interest'")
                .query(Long.class).single();
        HttpResponse<String> sent = send(need, "203.0.113." + n % 250, Map.of("organisationName",
                "Stiftung Gesundheit " + n, "country", "DE", "contactName", "Anna Weber",
                "email", "anna@example.org", "phone", "+49 30 1234", "message", "We could fund the ambulance."));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(WebClient.location(sent)).contains("/danh-muc-du-an/" + need + "-").endsWith("/cam-on");
        assertThat(new WebClient(port).get(URI.create(WebClient.location(sent)).getPath()).body())
                .contains("Cảm ơn quý tổ chức");

        Map<String, Object> interest = jdbc.sql("""
                select organisation_id, enquirer_name, enquirer_country, enquirer_email, stage, source, recorded_by
                  from mobilisation.interest where need = :need""").param("need", need).query().singleRow();
        assertThat(interest).containsEntry("enquirer_name", "Stiftung Gesundheit " + n)
                .containsEntry("enquirer_country", "DE").containsEntry("enquirer_email", "anna@example.org")
                .containsEntry("stage", "CONTACTED").containsEntry("source", "PORTAL")
                .containsEntry("recorded_by", "system:portal");
        assertThat(interest.get("organisation_id")).isNull();

        String funnel = Staff.focalPoint().browser(port).get("/app/mobilisation/needs/" + need + "/interests").body();
        assertThat(funnel).contains("Stiftung Gesundheit " + n).contains("Gửi từ cổng thông tin")
                .contains("Chưa có trong sổ đăng ký").contains("We could fund the ambulance.");
        Events.settle();
        assertThat(jdbc.sql("select count(*) from notification.inbox_item where category = 'portal-interest'")
                .query(Long.class).single()).isGreaterThan(notices);
    }

    @Test
    void anInterestNamingARegisteredOrganisationIsLinkedToIt() {
        long need = published("Hệ thống tưới tiêu", "An irrigation system");
        int n = Unique.number();
        long ngo = Ngos.anNgo().named("Helvetas Test " + n, "Tổ chức Helvetas " + n).abbreviated("HLV" + n)
                .register().id();
        assertThat(send(need, "198.51.100." + n % 250, form("hlv" + n)).statusCode()).isEqualTo(303);
        assertThat(jdbc.sql("select organisation_id from mobilisation.interest where need = :need")
                .param("need", need).query(Long.class).single()).isEqualTo(ngo);
    }

    @Test
    void refusesTheHoneypotAFormSentTooFastAForgedStampAndTooManyFromOneAddress() {
        long need = published("Cầu treo dân sinh", "A suspension footbridge");
        String address = "192.0.2." + Unique.number() % 250;
        Map<String, String> honeypot = new HashMap<>(form("Spam Org"));
        honeypot.put("website", "http://spam.example");
        assertThat(send(need, address, honeypot).statusCode()).isEqualTo(400);

        Map<String, String> fast = new HashMap<>(form("Quick Org"));
        fast.put("stamp", PortalForms.servedSecondsAgo(0));
        HttpResponse<String> tooFast = send(need, address, fast);
        assertThat(tooFast.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(tooFast.body());
        assertThat(again.select(".alert-danger").text()).contains("quá nhanh");
        assertThat(again.select("#organisationName").val()).as("input kept").isEqualTo("Quick Org");

        Map<String, String> forged = new HashMap<>(form("Forged Org"));
        forged.put("stamp", "1700000000000.AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(send(need, address, forged).statusCode()).isEqualTo(400);
        assertThat(interests(need)).as("none of them recorded").isZero();

        Map<String, String> missing = new HashMap<>(form("Careless Org"));
        missing.put("email", "not an address");
        Document atField = Jsoup.parse(send(need, address, missing).body());
        assertThat(atField.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(atField.select("#email-error").text()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");

        for (int i = 0; i < 5; i++) {
            assertThat(send(need, address, form("Busy Org " + i)).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> sixth = send(need, address, form("Busy Org 6"));
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(interests(need)).isEqualTo(5);
        assertThat(send(need, address + "1", form("Another Org")).statusCode()).as("another address").isEqualTo(303);
    }

    @Test
    void refusalsSpeakTheVisitorsLanguage() {
        long need = published("Nhà bán trú cho học sinh", "A dormitory for pupils");
        Map<String, String> fast = new HashMap<>(form("Quick Org"));
        fast.put("stamp", PortalForms.servedSecondsAgo(0));
        fast.remove("contactName");
        HttpResponse<String> refused = new WebClient(port).sending("X-Forwarded-For", "192.0.2.251")
                .postRaw("/en/projects-calling-for-aid/" + need + "-a-dormitory-for-pupils/interest", fast);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".alert-danger").text()).contains("too quickly");
        assertThat(page.select("#contactName-error").text()).isEqualTo("This field is required.");
    }

    @Test
    void theSiteMapListsEveryPublishedNeedInBothLanguagesAndRobotsKeepOutOfTheStaffPages() {
        long need = published("Chợ nông sản xã Minh Đài", "A farm produce market for Minh Dai commune");
        long draft = Needs.aNeedOf(commune).draft();
        WebClient visitor = new WebClient(port);
        String map = visitor.get("/sitemap.xml").body();
        assertThat(map).contains("/danh-muc-du-an/" + need + "-cho-nong-san-xa-minh-dai</loc>")
                .contains("/en/projects-calling-for-aid/" + need + "-a-farm-produce-market-for-minh-dai-commune</loc>")
                .contains("hreflang=\"en\"").contains("/phan-anh/tra-cuu</loc>").contains("/en/feedback/track</loc>")
                .doesNotContain("/danh-muc-du-an/" + draft + "-")
                .doesNotContain("/en/projects-calling-for-aid/" + draft + "-");
        String robots = visitor.get("/robots.txt").body();
        assertThat(robots).contains("Disallow: /app").contains("Disallow: /api").contains("Sitemap: ");
    }

    @Test
    void publicPagesAreCachedUntilAPublicationChanges() {
        WebClient visitor = new WebClient(port);
        HttpResponse<String> first = visitor.get("/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        HttpResponse<String> again = visitor.get("/", Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(visitor.get("/en/").headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));

        long need = published("Trạm bơm thôn Hạ", "A pumping station for Ha hamlet");
        Events.settle();
        HttpResponse<String> changed = visitor.get("/", Map.of("If-None-Match", etag));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("/danh-muc-du-an/" + need + "-");

        String etagBeforePhoto = changed.headers().firstValue("ETag").orElseThrow();
        WebClient proposer = commune.browser(port);
        proposer.get("/app/mobilisation/needs/" + need);
        assertThat(proposer.postFile("/app/mobilisation/needs/" + need + "/attachments", "file", "tram-bom.png",
                "image/png", PNG).statusCode()).isEqualTo(302);
        Events.settle();
        assertThat(visitor.get("/", Map.of("If-None-Match", etagBeforePhoto)).statusCode())
                .as("a photo added to a published need shows at once").isEqualTo(200);
    }

    @Test
    void openDataOfTheCatalogueHoldsPublishedNeedsWithStableColumnsAndNoContact() {
        int n = Unique.number();
        long need = published("Trạm y tế dữ liệu mở " + n, "Open data health station " + n);
        long draft = Needs.aNeedOf(commune).titled(MARK + " dữ liệu nháp", MARK + " open draft").draft();
        WebClient visitor = new WebClient(port);
        HttpResponse<String> csv = visitor.get("/du-lieu-mo/danh-muc-du-an.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFid,title_vi,title_en,summary_vi,summary_en,priority_field,sectors,"
                + "communes,estimated_cost_vnd,foreign_amount,foreign_currency,counterpart_vnd,duration_months,"
                + "period_first_year,period_last_year,url_vi,url_en");
        String row = lines.stream().filter(line -> line.startsWith(need + ",")).findFirst().orElseThrow();
        assertThat(row).contains("Trạm y tế dữ liệu mở " + n).contains("Open data health station " + n)
                .contains(",4500000000.00,").contains(",24,").contains("/danh-muc-du-an/" + need + "-tram-y-te");
        assertThat(csv.body()).as("no draft, no contact person").doesNotContain(MARK)
                .doesNotContain("Nguyễn Thị Hạnh").doesNotStartWith(draft + ",");
        assertThat(visitor.get("/en/open-data/projects-calling-for-aid.csv").body()).isEqualTo(csv.body());

        var json = AidFixtures.read(visitor.get("/du-lieu-mo/danh-muc-du-an.json").body());
        assertThat(json.path("licence").asString()).isEqualTo("CC-BY-4.0");
        assertThat(json.path("generated_on").asString()).isEqualTo(Today.inProvince().toString());
        assertThat(json.path("columns").get(0).asString()).isEqualTo("id");
        boolean found = false;
        for (var item : json.path("items")) {
            if (item.path("id").asLong() == need) {
                found = true;
                assertThat(item.path("title_en").asString()).isEqualTo("Open data health station " + n);
                assertThat(item.path("duration_months").asInt()).isEqualTo(24);
            }
        }
        assertThat(found).isTrue();

        assertThat(Jsoup.parse(visitor.get("/danh-muc-du-an").body()).select("#open-data-link").attr("href"))
                .isEqualTo("/du-lieu-mo");
        assertThat(Jsoup.parse(visitor.get("/en/projects-calling-for-aid").body()).select("#open-data-link")
                .attr("href")).isEqualTo("/en/open-data");
        Document page = Jsoup.parse(visitor.get("/du-lieu-mo").body());
        assertThat(page.select("#open-data-needs-csv").attr("href")).isEqualTo("/du-lieu-mo/danh-muc-du-an.csv");
        assertThat(page.select("#open-data-needs-columns code").eachText()).contains("estimated_cost_vnd");
        assertThat(Jsoup.parse(visitor.get("/en/open-data").body()).select("#open-data-needs-json").attr("href"))
                .isEqualTo("/en/open-data/projects-calling-for-aid.json");
    }

    @Test
    void slugsDropDiacriticsAndPunctuation() {
        assertThat(Slugs.of("Đường  giao thông — thôn Đồng Phú (giai đoạn 2)"))
                .isEqualTo("duong-giao-thong-thon-dong-phu-giai-doan-2");
        assertThat(Slugs.of("!!!")).isEqualTo("du-an");
    }

    /**
     * An activity of a plan with marks in every field of its own (description, funding, outcome), its bulletin entry
     * written by the focal point and published or not.
     */
    private static void bulletinEntry(String title, boolean published) {
        Staff focal = Staff.focalPoint();
        vn.vientro.mobilisation.Plans plan = vn.vientro.mobilisation.Plans.aPlanFor(Today.inProvince().getYear());
        long activity = focal.acting(() -> vn.vientro.testing.ApplicationUnderTest.bean(
                vn.vientro.mobilisation.plan.MobilisationPlans.class).addActivity(plan.id(),
                new vn.vientro.mobilisation.plan.ActivityInput(null,
                        vn.vientro.mobilisation.plan.ActivityType.CONFERENCE, title, MARK + " description",
                        List.of(1), ProvinceAgencies.committeeOffice().id(), List.of(), MARK + " unit", List.of(),
                        List.of(), new java.math.BigDecimal("987654"), null, MARK + " funding",
                        vn.vientro.mobilisation.plan.ActivityStatus.DONE, Today.inProvince(), MARK + " outcome")));
        focal.acting(() -> vn.vientro.testing.ApplicationUnderTest.bean(vn.vientro.mobilisation.bulletin.Bulletin.class)
                .write(vn.vientro.mobilisation.bulletin.BulletinSource.ACTIVITY, activity, null,
                        new vn.vientro.mobilisation.bulletin.BulletinInput(null, title, null,
                                "Tin công khai về hoạt động.", null, Today.inProvince(), published)));
    }

    private long published(String vi, String en) {
        long id = Needs.aNeedOf(commune).titled(vi, en).published(Staff.appraiser());
        Events.settle();
        return id;
    }

    private long interests(long need) {
        return jdbc.sql("select count(*) from mobilisation.interest where need = :need").param("need", need)
                .query(Long.class).single();
    }

    private static Map<String, String> form(String organisation) {
        return Map.of("organisationName", organisation, "contactName", "Jane Doe", "email", "jane@example.org",
                "message", "Interested.");
    }

    private HttpResponse<String> send(long need, String address, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.putIfAbsent("stamp", PortalForms.servedSecondsAgo(10));
        form.putIfAbsent("website", "");
        return new WebClient(port).sending("X-Forwarded-For", address)
                .postRaw("/danh-muc-du-an/" + need + "-x/quan-tam", form);
    }

    /** An aid item with marks in fields of groups never public or not made public (beneficiaries, value, account). */
    private static String aidItem(AidTeam team, AidFixtures aid, String nameVi, String nameEn, String groups) {
        return """
                {"kind":"TECHNICAL_ASSISTANCE","deliveryForm":"CASH","nameVi":"%s","nameEn":"%s",
                 "objectivesVi":"Chỗ ở cho học sinh bán trú","donorId":%d,"ownerAgencyId":%d,"governingAgencyId":%d,
                 "plannedStart":"%s","plannedEnd":"%s","totalAmount":987654,"totalCurrency":"USD",
                 "counterpartSource":"%s counterpart","targetGroups":"%s groups","aidAccountNumber":"%s-1",
                 "sectors":[{"sectorCode":"11220","percent":100}],
                 "locations":[{"communeCode":"%s","percent":100}],"publicGroups":[%s]}
                """.formatted(nameVi, nameEn, team.donor().id(), team.owner().id(), team.governing().id(),
                Today.inProvince(), Today.inProvince().plusYears(1), MARK, MARK, MARK, aid.communes(1).get(0),
                groups);
    }

    /** Every page reachable from the starts by links, images and alternates on this site, each checked for marks. */
    private Set<String> crawl(String... starts) {
        WebClient visitor = new WebClient(port);
        Set<String> seen = new HashSet<>(List.of(starts));
        Deque<String> queue = new ArrayDeque<>(List.of(starts));
        while (!queue.isEmpty() && seen.size() < 600) {
            String path = queue.poll();
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isIn(200, 301, 302);
            assertThat(page.body()).as(path).doesNotContain(MARK);
            if (page.statusCode() != 200 || path.contains("/anh/")) {
                continue;
            }
            Document document = Jsoup.parse(page.body(), "http://127.0.0.1:" + port + path);
            for (Element link : document.select("a[href], link[href], img[src], loc, xhtml|link")) {
                String target = link.hasAttr("src") ? link.absUrl("src")
                        : link.hasAttr("href") ? link.absUrl("href") : link.text();
                String local = local(target);
                if (local != null && seen.add(local)) {
                    queue.add(local);
                }
            }
        }
        return seen;
    }

    /** A path of the portal to follow, or null for another site, the staff's pages, the API or a static file. */
    private String local(String url) {
        if (!url.startsWith("http://127.0.0.1:" + port + "/") && !url.startsWith("http://localhost:" + port + "/")) {
            return null;
        }
        URI uri = URI.create(url);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (path.startsWith("/app") || path.startsWith("/api") || path.startsWith("/login")
                || path.startsWith("/dang-nhap") || path.startsWith("/webjars") || path.startsWith("/css")
                || path.startsWith("/img")) {
            return null;
        }
        return path;
    }
}
