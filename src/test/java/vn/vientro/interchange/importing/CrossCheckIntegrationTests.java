package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidFundingQueries;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.money.MoneyFixtures;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance cross-check on an import job's page: an activity concerning the province (a location in one of its
 * communes, or its name in the title or description) with no approved item here is a candidate for aid received
 * without an approval decision, linked to its draft (or to the matched item still before its decision); an activity
 * matched to an approved item whose reported disbursements differ from ours, in VND, by more than the configured
 * threshold is listed with a link to the item; nothing else is.
 */
@VientroIntegrationTest
class CrossCheckIntegrationTests {

    static final String IMPORTS = IatiImportIntegrationTests.IMPORTS;
    static final AidTeam team = new AidTeam();

    @LocalServerPort
    int port;
    @Autowired
    AdminUnits units;
    @Autowired
    CrossCheck crossCheck;
    @Autowired
    IatiImportJobs jobs;
    @Autowired
    AidFundingQueries funding;
    @Autowired
    ExchangeRates rates;
    @Autowired
    PlaceFinder places;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.core.env.Environment environment;

    private final AidFixtures aid = new AidFixtures(team);
    private WebClient focal;
    private String token;
    private String donorRef;
    private String commune;
    private String communeElsewhere;

    @BeforeEach
    void aDonorAndTheCommunes() {
        team.donor(); // the rates aid money is converted with
        token = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        donorRef = "XM-DAC-" + token;
        Ngos.anNgo().withIatiIdentifier(donorRef).withPermitUntil(Today.inProvince().plusYears(2)).register();
        focal = team.focal().browser(port);
        commune = units.list(UnitSet.CURRENT, "commune", units.deploymentProvinceCode(), 1).get(0).code();
        communeElsewhere = units.list(UnitSet.CURRENT, "commune", "01", 1).get(0).code(); // Hà Nội
    }

    @Test
    void listsTheActivitiesConcerningTheProvinceByLocationOrNameThatHaveNoApprovedItem() {
        String draftIdentifier = id("draft");
        long draft = item(draftIdentifier, AidStatus.DOSSIER_DRAFT);
        String pendingIdentifier = id("pending");
        long pending = item(pendingIdentifier, AidStatus.PENDING_DECISION);
        String file = file(
                activity(id("located"), "Wells " + token, "For the schools.", located(commune), ""),
                activity(id("titled"), "Nước sạch cho tỉnh Phú Thọ " + token, "Giếng cho trường học.", "", ""),
                activity(id("described"), "Water " + token, "Clean water in schools of PHU THO province.", "", ""),
                activity(id("hanoi"), "Wells " + token, "For the schools of Ha Noi.", located(communeElsewhere), ""),
                activity(id("abroad"), "Wells " + token, "For the schools of Phnom Penh.",
                        "  <recipient-country code=\"KH\"/>\n"
                                + "  <location><name><narrative>Phnom Penh</narrative></name></location>\n", ""),
                // a word that merely begins with the province's name is not its name
                activity(id("lookalike"), "Phu Thong " + token, "Wells in Phu Thong township, Phú Thọng.", "", ""),
                activity(draftIdentifier, "Draft " + token, "Matched to a draft here.", located(commune), ""),
                activity(pendingIdentifier, "Pending " + token, "Matched to an item awaiting its decision.",
                        located(commune), ""));

        long job = uploadAndRead(file);
        Document page = page(job);
        Map<String, Element> lines = lines(page);

        assertThat(lines.keySet()).containsExactlyInAnyOrder(id("located"), id("titled"), id("described"),
                draftIdentifier, pendingIdentifier);
        assertThat(lines.values()).allSatisfy(line -> assertThat(line.attr("data-finding"))
                .isEqualTo("NO_APPROVED_ITEM"));
        // no item here: the line leads to the activity's preview, where applying the file drafts its dossier
        long located = activityId(job, id("located"));
        Element toDraft = lines.get(id("located")).selectFirst("td a");
        assertThat(toDraft.attr("href")).isEqualTo("?page=0#activity-" + located);
        assertThat(follow(job, toDraft.attr("href")).attr("data-plan")).isEqualTo("CREATE");
        // an item before its decision, draft or further on: the line leads to that item
        assertThat(lines.get(draftIdentifier).selectFirst("td a").attr("href"))
                .isEqualTo("/app/aid/items/" + draft);
        assertThat(lines.get(pendingIdentifier).selectFirst("td a").attr("href"))
                .isEqualTo("/app/aid/items/" + pending);
    }

    @Test
    void anActivityIsInTheProvinceByTheCodeOfTheProvinceOrOfAnOldUnitOfTheProvincesMergedIntoIt() {
        // Vĩnh Phúc (26) and Hòa Bình (17) went whole into Phú Thọ (25) on 1 July 2025; districts were abolished
        String oldDistrict = units.list(UnitSet.PRE2025, "district", "26", 1).get(0).code();
        // an old commune of Hòa Bình divided between two communes of Phú Thọ: no one commune, but the province
        String splitCommune = units.list(UnitSet.PRE2025, "commune", null, 20_000).stream()
                .filter(unit -> unit.provinceCode().equals("17")).map(vn.vientro.reference.AdminUnit::code)
                .filter(code -> units.find(UnitSet.CURRENT, code).isEmpty())
                .filter(code -> units.successors(code).size() > 1).findFirst().orElseThrow();
        String file = file(
                activity(id("province"), "Wells " + token, "For the schools.", placed("1", "25"), ""),
                activity(id("oldProvince"), "Wells " + token, "For the schools.", placed("1", "26"), ""),
                activity(id("oldDistrict"), "Wells " + token, "For the schools.", placed("2", oldDistrict), ""),
                activity(id("splitCommune"), "Wells " + token, "For the schools.", placed("3", splitCommune), ""),
                activity(id("hanoi"), "Wells " + token, "For the schools.", placed("1", "01"), ""));

        long job = uploadAndRead(file);

        assertThat(lines(page(job)).keySet()).containsExactlyInAnyOrder(id("province"), id("oldProvince"),
                id("oldDistrict"), id("splitCommune"));
    }

    @Test
    void onceTheFileIsAppliedTheLineLeadsToTheDossierItDrafted() {
        long job = uploadAndRead(file(activity(id("applied"), "Wells " + token, "For the schools.", located(commune),
                "")));
        focal.get(IMPORTS + "/" + job);
        HttpResponse<String> applied = focal.post(IMPORTS + "/" + job + "/decisions", Map.of("apply", "true"));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(302);
        assertThat(IatiImportIntegrationTests.awaitJob(focal, job).attr("data-status")).isEqualTo("DONE");
        long drafted = jdbc.sql("select id from aid.aid_item where iati_identifier = :id").param("id", id("applied"))
                .query(Long.class).single();

        Element line = lines(page(job)).get(id("applied"));
        // a draft is no approval: still a candidate, now with its dossier to complete
        assertThat(line.attr("data-finding")).isEqualTo("NO_APPROVED_ITEM");
        assertThat(line.selectFirst("td a").attr("href")).isEqualTo("/app/aid/items/" + drafted);
    }

    @Test
    void aLineWithoutAnItemLeadsToItsActivitysPreviewOnWhicheverPageThePreviewShowsIt() {
        List<String> activities = new java.util.ArrayList<>();
        for (int i = 0; i < IatiImportController.PREVIEW_PAGE; i++) {
            activities.add(activity(id("hanoi-" + i), "Wells " + token, "Ha Noi.", located(communeElsewhere), ""));
        }
        activities.add(activity(id("last"), "Wells " + token, "For the schools.", located(commune), ""));
        long job = uploadAndRead(file(activities.toArray(String[]::new)));

        Map<String, Element> lines = lines(page(job));
        assertThat(lines.keySet()).containsExactly(id("last"));
        long last = activityId(job, id("last"));
        String href = lines.get(id("last")).selectFirst("td a").attr("href");
        assertThat(href).isEqualTo("?page=1#activity-" + last);
        assertThat(follow(job, href).attr("data-plan")).isEqualTo("CREATE");
    }

    @Test
    void listsTheApprovedItemsWhoseReportedDisbursementsDifferFromOursByMoreThanTheThreshold() {
        LocalDate on = Today.inProvince();
        // ours 1,000 USD disbursed at 26,000: 26,000,000 VND each
        String same = id("same");
        long sameItem = approvedWithDisbursement(same, "1000", "USD");
        String more = id("more");
        long moreItem = approvedWithDisbursement(more, "1000", "USD");
        String euros = id("euros");
        approvedWithDisbursement(euros, "1000", "USD");
        String edge = id("edge");
        approvedWithDisbursement(edge, "1000", "USD");
        String none = id("none");
        long noneItem = item(none, AidStatus.APPROVED);
        String reversed = id("reversed");
        approvedWithDisbursement(reversed, "1000", "USD");
        String silent = id("silent");
        approvedWithDisbursement(silent, "1000", "USD");
        String national = id("national");
        long nationalItem = approvedWithDisbursement(national, "1000", "USD");
        String unrated = id("unrated");
        long unratedItem = approvedWithDisbursement(unrated, "1000", "USD");
        // a counterpart disbursement is the province's money, not the aid's: it is not compared
        assertThat(new MoneyFixtures(port, aid).post(sameItem, team.officer().token(), "DISBURSEMENT", on, "5000",
                "USD", ", \"funding\": \"COUNTERPART\"").statusCode()).isEqualTo(201);

        String file = file(
                // the same disbursement, told in two; a commitment is not a disbursement
                activity(same, "Same " + token, "Same.", located(commune),
                        transaction("3", on, "600", "USD") + transaction("3", on, "400", null)
                                + transaction("2", on, "9000", "USD")),
                // 1,200 USD: 31,200,000 VND, 16.7 % more than ours
                activity(more, "More " + token, "More.", located(commune), transaction("3", on, "1200", "USD")),
                // 880 EUR at 30,000: 26,400,000 VND, 1.5 % more (the bare amounts differ by 12 %)
                activity(euros, "Euros " + token, "Euros.", located(commune), transaction("3", on, "880", "EUR")),
                // 780 EUR: 23,400,000 VND, exactly 10 % less than ours: not more than the threshold
                activity(edge, "Edge " + token, "Edge.", located(commune), transaction("3", on, "780", "EUR")),
                // 500 USD reported where we recorded nothing
                activity(none, "None " + token, "None.", located(commune), transaction("3", on, "500", "USD")),
                // a disbursement reversed: nothing disbursed, as reported, where we recorded 1,000 USD
                activity(reversed, "Reversed " + token, "Reversed.", located(commune),
                        transaction("3", on, "1000", "USD") + transaction("3", on, "-1000", "USD")),
                // no disbursement reported: nothing to compare
                activity(silent, "Silent " + token, "Silent.", located(commune), transaction("2", on, "1000", "USD")),
                // an item of ours that the publisher places only in the country: compared all the same
                activity(national, "National " + token, "Nationwide.", "  <recipient-country code=\"VN\"/>\n",
                        transaction("3", on, "2000", "USD")),
                // a disbursement in a currency no rate is ever recorded for (ISO 4217 keeps XTS for tests): said so
                activity(unrated, "Unrated " + token, "Unrated.", located(commune),
                        transaction("3", on, "1000", "USD") + transaction("3", on, "500", "XTS")));

        long job = uploadAndRead(file);
        Document page = page(job);
        Map<String, Element> lines = lines(page);

        assertThat(lines.keySet()).containsExactlyInAnyOrder(more, none, reversed, national, unrated);
        assertThat(lines.get(unrated).attr("data-finding")).isEqualTo("DISBURSEMENT_UNCOMPARED");
        assertThat(lines.get(unrated).text()).contains("Chưa so được số giải ngân báo cáo");
        assertThat(lines.get(unrated).selectFirst("td a").attr("href")).isEqualTo("/app/aid/items/" + unratedItem);
        assertThat(lines.get(national).selectFirst("td a").attr("href")).isEqualTo("/app/aid/items/" + nationalItem);
        assertThat(lines.get(reversed).attr("data-finding")).isEqualTo("DISBURSEMENT_DIFFERS");
        assertThat(lines.get(more).attr("data-finding")).isEqualTo("DISBURSEMENT_DIFFERS");
        assertThat(lines.get(more).selectFirst("td a").attr("href")).isEqualTo("/app/aid/items/" + moreItem);
        assertThat(lines.get(none).attr("data-finding")).isEqualTo("DISBURSEMENT_DIFFERS");
        assertThat(lines.get(none).selectFirst("td a").attr("href")).isEqualTo("/app/aid/items/" + noneItem);
        CrossCheck.Line moreLine = line(crossCheck.check(job), more);
        assertThat(moreLine.reportedVnd()).isEqualByComparingTo("31200000");
        assertThat(moreLine.oursVnd()).isEqualByComparingTo("26000000");
        // the threshold in force, from the configuration (10 %), is said on the page
        assertThat(page.select("#cross-check p").first().text()).contains("10 %");

        // another threshold: 20 % lets 16.7 % pass; 1 % catches the euros' 1.5 %
        assertThat(findings(withThreshold("0.20", job))).containsOnlyKeys(none, reversed, national, unrated);
        assertThat(findings(withThreshold("0.01", job))).containsOnlyKeys(more, none, euros, edge, reversed, national,
                unrated);
    }

    @Test
    void theThresholdIsReadFromTheConfiguration() {
        long job = 0; // no job: only the threshold is looked at
        new ApplicationContextRunner()
                .withPropertyValues("vientro.interchange.disbursement-threshold=0.25")
                .withBean(IatiImportJobs.class, () -> jobs).withBean(AidFundingQueries.class, () -> funding)
                .withBean(ExchangeRates.class, () -> rates).withBean(AdminUnits.class, () -> units)
                .withBean(PlaceFinder.class, () -> places).withBean(CrossCheck.class)
                .run(context -> assertThat(context.getBean(CrossCheck.class).check(job).thresholdPercent())
                        .isEqualByComparingTo("25"));
        // the application's: 10 %, written in application.yml
        assertThat(environment.getProperty("vientro.interchange.disbursement-threshold", BigDecimal.class))
                .isEqualByComparingTo("0.10");
        assertThat(crossCheck.check(job).thresholdPercent()).isEqualByComparingTo("10");
    }

    private CrossCheck.Result withThreshold(String threshold, long job) {
        return new CrossCheck(jobs, funding, rates, units, places, new BigDecimal(threshold)).check(job);
    }

    private Map<String, String> findings(CrossCheck.Result result) {
        Map<String, String> findings = new LinkedHashMap<>();
        result.lines().forEach(line -> findings.put(line.identifier(), line.finding()));
        return findings;
    }

    private static CrossCheck.Line line(CrossCheck.Result result, String identifier) {
        return result.lines().stream().filter(line -> identifier.equals(line.identifier())).findFirst().orElseThrow();
    }

    private String id(String name) {
        return "XM-CC-" + token + "-" + name;
    }

    /** An item of the team's aid owner recording {@code identifier} as its IATI activity, taken to {@code status}. */
    private long item(String identifier, AidStatus status) {
        String json = aid.projectJson("TECHNICAL_ASSISTANCE", "Cross-checked item", "250000", "USD")
                .replace("\"deliveryForm\":\"CASH\",", "\"deliveryForm\":\"CASH\",\"iatiIdentifier\":\"" + identifier
                        + "\",");
        long id = aid.draft(port, team.officer().token(), json);
        aid.moveTo(port, id, status);
        return id;
    }

    private long approvedWithDisbursement(String identifier, String amount, String currency) {
        long id = item(identifier, AidStatus.APPROVED);
        HttpResponse<String> posted = new MoneyFixtures(port, aid).post(id, team.officer().token(), "DISBURSEMENT",
                Today.inProvince(), amount, currency, "");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        return id;
    }

    private static String placed(String level, String code) {
        return "  <location><name><narrative>Site</narrative></name>"
                + "<administrative vocabulary=\"A9\" level=\"" + level + "\" code=\"" + code + "\"/></location>\n";
    }

    private static String located(String communeCode) {
        return "  <location><name><narrative>School</narrative></name>"
                + "<administrative vocabulary=\"A9\" level=\"3\" code=\"" + communeCode + "\"/></location>\n";
    }

    private static String transaction(String type, LocalDate on, String value, String currency) {
        return "  <transaction><transaction-type code=\"" + type + "\"/><transaction-date iso-date=\"" + on
                + "\"/><value" + (currency == null ? "" : " currency=\"" + currency + "\"") + " value-date=\"" + on
                + "\">" + value + "</value></transaction>\n";
    }

    private String activity(String identifier, String title, String description, String places, String money) {
        return " <iati-activity last-updated-datetime=\"2026-12-01T00:00:00Z\" xml:lang=\"en\""
                + " default-currency=\"USD\">\n"
                + "  <iati-identifier>" + identifier + "</iati-identifier>\n"
                + "  <reporting-org ref=\"" + donorRef + "\" type=\"21\"><narrative>Donor</narrative></reporting-org>\n"
                + "  <title><narrative>" + title + "</narrative></title>\n"
                + "  <description type=\"1\"><narrative>" + description + "</narrative></description>\n"
                + "  <participating-org role=\"1\" ref=\"" + donorRef + "\" type=\"21\"/>\n"
                + "  <activity-status code=\"2\"/>\n"
                + "  <activity-date type=\"1\" iso-date=\"2027-01-01\"/>\n"
                + "  <activity-date type=\"3\" iso-date=\"2027-12-31\"/>\n"
                + places
                + "  <sector code=\"12220\" vocabulary=\"1\"/>\n"
                + "  <budget type=\"1\" status=\"1\"><period-start iso-date=\"2027-01-01\"/>"
                + "<period-end iso-date=\"2027-12-31\"/><value currency=\"USD\" value-date=\"2027-01-01\">1000"
                + "</value></budget>\n"
                + money
                + " </iati-activity>\n";
    }

    private static String file(String... activities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<iati-activities version=\"2.03\" generated-datetime=\"2026-12-07T05:00:00Z\">\n"
                + String.join("", activities) + "</iati-activities>\n";
    }

    /** The cross-check's lines on the page, by the activity's identifier. */
    private static Map<String, Element> lines(Document page) {
        Map<String, Element> lines = new LinkedHashMap<>();
        for (Element row : page.select("#cross-check tr[data-finding]")) {
            lines.put(row.selectFirst("th span").text(), row);
        }
        return lines;
    }

    private long activityId(long job, String identifier) {
        return jobs.stored(job, 0, 1000).stream().filter(a -> identifier.equals(a.facts().identifier()))
                .findFirst().orElseThrow().id();
    }

    /**
     * The element a link of the job's page leads to, on the page it leads to (a link of a query alone keeps the path,
     * as a browser reads it).
     */
    private Element follow(long job, String href) {
        String base = IMPORTS + "/" + job;
        int hash = href.indexOf('#');
        String address = href.substring(0, hash < 0 ? href.length() : hash);
        String path = address.isEmpty() ? base : address.startsWith("?") ? base + address : address;
        Element element = Jsoup.parse(focal.get(path).body()).getElementById(href.substring(hash + 1));
        assertThat(element).as(href).isNotNull();
        return element;
    }

    private Document page(long job) {
        return Jsoup.parse(focal.get(IMPORTS + "/" + job).body());
    }

    private long uploadAndRead(String content) {
        return IatiImportIntegrationTests.uploadAndRead(focal, content);
    }
}
