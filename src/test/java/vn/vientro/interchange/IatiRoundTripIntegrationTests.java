package vn.vientro.interchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.DossierFixtures;
import vn.vientro.reference.Rates;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.interchange.IatiDocuments.count;
import static vn.vientro.interchange.IatiDocuments.nodes;
import static vn.vientro.interchange.IatiDocuments.parse;
import static vn.vientro.interchange.IatiDocuments.text;

/**
 * The round trip of issue 17: IATI's annotated activity example, imported through the API (read, previewed, the
 * unknown donor registered on the user's choice, applied), taken through the aid workflow to approval, made public,
 * and exported as {@code /api/v1/iati/activities.xml}: the file validates against the 2.03 schema and the exported
 * activity carries every value the import mapped, with the same value.
 *
 * <p>The example's identifiers ({@code AA-AAA-123456789}, {@code BB-BBB-123456789}, ...) get this run's number in
 * place of {@code 123456789}, since the tests share one database; nothing else of the file changes in the first test.
 *
 * <p>What the mapping keeps of the example (the preview's {@code write}, checked below to be exactly these):
 * {@code iati-identifier}; the title's English narrative (the file's default language) as the English and the original
 * name; the general description (type 1) and objectives (type 2) in English; the planned start (activity-date 1) and
 * planned end (3); the budgets' sum and currency as the total value (3000 EUR); the funding organisation (role 1, else
 * the reporting one) as the donor, found in the registry by its identifier or name, or registered from the file
 * (name, type, and its ref when the ref is well formed) on the user's choice; the default aid type's category as the
 * kind and form of aid (A01: non-project aid, cash); each budget as a planned disbursement at its period's start; outgoing commitments (2), disbursements (3) and
 * expenditures (4) as the item's money.
 *
 * <p>What it deliberately does not keep, and so is not expected back (from {@code ActivityMapping},
 * {@code ActivityMoney}, {@code ActivityMerge}, {@code ActivityFile}):
 * <ul>
 * <li>narratives in languages other than Vietnamese and English (fr, es): the item has vi, en and original fields
 * only; the description of type 3 (target groups) and every narrative of other elements;</li>
 * <li>the donor's ref when it names no registration agency ({@code BB-BBB} is a placeholder): the registry keeps no
 * identifier it cannot trust ({@code Registry.registerReported}), so the export names the donor by name and type;
 * the second test's {@code XM-DAC} ref comes back;</li>
 * <li>the title as the Vietnamese name: a draft needs one, so the original name stands in for it until the owner
 * translates it; the same text in both languages is exported once, in English here (its letters are not
 * Vietnamese), never as a Vietnamese narrative;</li>
 * <li>the reporting organisation: the province reports its own file ({@code ReportingOrganisation}); the
 * participating organisations of roles 2 and 3 (the aid owner and the governing agency are the province's own
 * decisions: the importing user's agency until they choose, then the export names the province's agencies) and
 * role 4;</li>
 * <li>the actual start (activity-date 2): only a fallback for the planned start; the item's actual dates come from
 * its own workflow;</li>
 * <li>sectors of vocabularies other than DAC 5-digit (1): the example's are 2 (DAC 3-digit) and 99; recipient
 * countries and regions (every exported activity is the province's: VN 100%); locations that name no commune of
 * Viet Nam (the example's are in Afghanistan and Cambodia, G1 codes);</li>
 * <li>the aid type code itself: only its category becomes the kind, many codes to one, and the export writes the
 * kind's own code (B03, C01, D02), none for non-project aid such as the example's A01; the default finance, flow and
 * tied-status types, the collaboration type: the item has no such fields, so the export writes no
 * {@code default-finance-type};</li>
 * <li>the activity's default currency (a fallback for amounts without theirs; the export's default currency is the
 * item's total's); budget periods' ends and budget types: the total is exported as one budget over the planned
 * period, and each budget line, kept as a planned disbursement at its period's start, comes back as IATI's
 * {@code planned-disbursement} with that start and its value;</li>
 * <li>transactions of other types (the example's only one is incoming funds, type 1), planned disbursements of the
 * file, capital spend, policy markers, tags, humanitarian scopes, contacts, conditions, document links, related
 * activities, results (the province builds its own results framework), CRS and FSS data, legacy data.</li>
 * </ul>
 * The second test adds to the same example what the mapping keeps and the example lacks (Vietnamese narratives, DAC
 * sectors with percentages, a commune of the province, a commitment) to show those round trip as well.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IatiRoundTripIntegrationTests {

    static final Path EXAMPLE = Path.of(System.getProperty("iati.data", "/work/shared/data/iati"))
            .resolve("examples/activity-standard-example-annotated.xml");
    private static final String IMPORTS = "/api/v1/iati/imports";
    private static final String DESCRIPTION = "General activity description text.  Long description of the activity "
            + "with no particular structure.";
    private static final String OBJECTIVES = "Objectives for the activity, for example from a logical framework.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    final AidTeam team = new AidTeam();
    final AidFixtures aid = new AidFixtures(team);

    @Test
    void theAnnotatedExampleImportedAndExportedValidatesAndKeepsEveryMappedValue() throws Exception {
        String token = token();
        String identifier = "AA-AAA-" + token + "-ABC123";
        String donorRef = "BB-BBB-" + token;
        String file = Files.readString(EXAMPLE).replace("-123456789", "-" + token);

        JsonNode preview = importAndApply(file, donorRef, "Name of Agency B");
        assertThat(names(preview.path("write"))).as("what the mapping keeps of the example").containsExactlyInAnyOrder(
                "iatiIdentifier", "nameEn", "nameOriginal", "nameVi", "descriptionEn", "objectivesEn",
                "plannedStart", "plannedEnd", "totalAmount", "totalCurrency", "kind", "deliveryForm",
                "ownerAgencyId", "governingAgencyId");
        assertThat(preview.path("sectors").isEmpty()).as("vocabularies 2 and 99: no DAC 5-digit sector").isTrue();
        assertThat(preview.path("locations").isEmpty()).as("no commune of Viet Nam").isTrue();
        assertThat(money(preview.path("recordMoney"))).as("the budget as a planned disbursement; incoming funds left: " + preview.path("money"))
                .containsExactly("PLANNED_DISBURSEMENT 2014-01-01 3000 EUR");

        long item = item(identifier);
        Map<String, Object> row = jdbc.sql("select * from aid.aid_item where id = :id").param("id", item).query()
                .singleRow();
        assertThat(row).containsEntry("status", "DOSSIER_DRAFT").containsEntry("name_en", "Activity title")
                .containsEntry("name_original", "Activity title").containsEntry("description_en", DESCRIPTION)
                .containsEntry("objectives_en", OBJECTIVES).containsEntry("kind", "NON_PROJECT")
                .containsEntry("delivery_form", "CASH").containsEntry("total_currency", "EUR")
                .containsEntry("planned_start", java.sql.Date.valueOf("2012-04-15"))
                .containsEntry("planned_end", java.sql.Date.valueOf("2015-12-31"));
        assertThat((BigDecimal) row.get("total_amount")).isEqualByComparingTo("3000");
        assertThat(storedMoney(item)).containsExactly("PLANNED_DISBURSEMENT 2014-01-01 3000.00 EUR");

        // the province completes the dossier as its owner would (Vietnamese objectives, a sector, a commune: none
        // from the file), opens every group to the public and takes it to approval
        approveAndPublish(item);

        Document exported = exported();
        String activity = "//iati-activity[iati-identifier='" + identifier + "']";
        assertThat(count(exported, activity)).as("the activity, by the donor's identifier").isOne();
        assertThat(text(exported, activity + "/title/narrative[@xml:lang='en']")).isEqualTo("Activity title");
        assertThat(count(exported, activity + "/title/narrative[@xml:lang='vi']")).as("no English under vi").isZero();
        assertThat(text(exported, activity + "/description[@type='1']/narrative[@xml:lang='en']"))
                .isEqualTo(DESCRIPTION);
        assertThat(text(exported, activity + "/description[@type='2']/narrative[@xml:lang='en']"))
                .isEqualTo(OBJECTIVES);
        assertThat(text(exported, activity + "/activity-date[@type='1']/@iso-date")).isEqualTo("2012-04-15");
        assertThat(text(exported, activity + "/activity-date[@type='3']/@iso-date")).isEqualTo("2015-12-31");
        assertThat(text(exported, activity + "/@default-currency")).isEqualTo("EUR");
        assertThat(new BigDecimal(text(exported, activity + "/budget/value"))).isEqualByComparingTo("3000");
        assertThat(text(exported, activity + "/budget/value/@currency")).isEqualTo("EUR");
        String donor = activity + "/participating-org[@role='1']";
        assertThat(count(exported, donor)).isOne();
        assertThat(count(exported, donor + "/@ref")).as("BB-BBB is no registration agency: the registry keeps no "
                + "identifier it cannot trust (the second test's well-formed one comes back)").isZero();
        assertThat(jdbc.sql("select count(*) from registry.organisation where iati_identifier = :ref")
                .param("ref", donorRef).query(Long.class).single()).isZero();
        assertThat(text(exported, donor + "/@type")).as("registered from the file's type 40: multilateral")
                .isEqualTo("40");
        assertThat(text(exported, donor + "/narrative")).isEqualTo("Name of Agency B");
        assertThat(count(exported, activity + "/transaction")).as("no transaction the mapping keeps").isZero();
        assertThat(count(exported, activity + "/default-aid-type")).as("A01 read as non-project aid: no one code")
                .isZero();
        assertThat(plannedDisbursements(exported, activity)).as("the budget line, as the item keeps it")
                .containsExactly("2014-01-01 3000.00 EUR 2014-01-01");
    }

    @Test
    void theExampleWithWhatTheMappingKeepsAddedRoundTripsSectorsCommunesMoneyAndVietnamese() throws Exception {
        String token = token();
        String identifier = "AA-AAA-" + token + "-ABC123";
        // a donor identifier of a real registration agency (XM-DAC), which the registry keeps
        String donorRef = "XM-DAC-" + token;
        String commune = aid.communes(3).get(2);
        LocalDate committed = Today.inProvince().minusDays(30);
        // distinct titles: the first test's item would otherwise match this activity by title, dates and amount
        String titleEn = "Clean water for schools " + token;
        String titleVi = "Nước sạch cho trường học " + token;
        String file = Files.readString(EXAMPLE).replace("-123456789", "-" + token)
                .replace("BB-BBB-" + token, donorRef).replace("Name of Agency B", "Water donor " + token)
                .replace("<narrative>Activity title</narrative>", "<narrative>" + titleEn + "</narrative>\n"
                        + "   <narrative xml:lang=\"vi\">" + titleVi + "</narrative>")
                .replace("<narrative>General activity description text.", "<narrative xml:lang=\"vi\">Mô tả chung "
                        + token + "</narrative>\n   <narrative>General activity description text.")
                .replace("<narrative>Objectives for the activity,", "<narrative xml:lang=\"vi\">Mục tiêu "
                        + token + "</narrative>\n   <narrative>Objectives for the activity,")
                .replace("<sector vocabulary=\"2\" code=\"111\" percentage=\"50\" />", """
                          <location ref="VN-%s">
                           <name><narrative>Trường học</narrative></name>
                           <administrative vocabulary="A9" level="3" code="%s" />
                          </location>
                          <sector vocabulary="1" code="12220" percentage="62.5" />
                          <sector code="14030" percentage="37.5" />
                          <sector vocabulary="2" code="111" percentage="50" />""".formatted(commune, commune))
                .replace("  <document-link format=\"application/vnd.oasis.opendocument.text\" url=\"http:www.example.org/docs/report_en.odt\">", """
                          <transaction>
                           <transaction-type code="2" />
                           <transaction-date iso-date="%s" />
                           <value currency="EUR" value-date="%s">2500.50</value>
                          </transaction>
                          <document-link format="application/vnd.oasis.opendocument.text" url="http:www.example.org/docs/report_en.odt">"""
                        .formatted(committed, committed));
        assertThat(IatiSchemas.errors(IatiSchemas.ACTIVITIES, file.getBytes(StandardCharsets.UTF_8)))
                .as("the extended example is valid").isEmpty();

        JsonNode preview = importAndApply(file, donorRef, "Water donor " + token);
        assertThat(preview.path("write").path("nameVi").asString()).isEqualTo(titleVi);
        assertThat(preview.path("write").path("objectivesVi").asString()).isEqualTo("Mục tiêu " + token);
        assertThat(preview.path("sectors").toString()).contains("12220", "62.5", "14030", "37.5");
        assertThat(preview.path("locations").toString()).contains(commune);
        assertThat(money(preview.path("recordMoney"))).containsExactly("COMMITMENT " + committed + " 2500.5 EUR",
                "PLANNED_DISBURSEMENT 2014-01-01 3000 EUR");

        long item = item(identifier);
        approveAndPublish(item);

        Document exported = exported();
        String activity = "//iati-activity[iati-identifier='" + identifier + "']";
        assertThat(count(exported, activity)).isOne();
        assertThat(text(exported, activity + "/title/narrative[@xml:lang='vi']")).isEqualTo(titleVi);
        assertThat(text(exported, activity + "/title/narrative[@xml:lang='en']")).isEqualTo(titleEn);
        assertThat(text(exported, activity + "/description[@type='1']/narrative[@xml:lang='vi']"))
                .isEqualTo("Mô tả chung " + token);
        assertThat(text(exported, activity + "/description[@type='1']/narrative[@xml:lang='en']"))
                .isEqualTo(DESCRIPTION);
        assertThat(text(exported, activity + "/description[@type='2']/narrative[@xml:lang='vi']"))
                .isEqualTo("Mục tiêu " + token);
        assertThat(text(exported, activity + "/description[@type='2']/narrative[@xml:lang='en']"))
                .isEqualTo(OBJECTIVES);
        assertThat(text(exported, activity + "/activity-date[@type='1']/@iso-date")).isEqualTo("2012-04-15");
        assertThat(text(exported, activity + "/activity-date[@type='3']/@iso-date")).isEqualTo("2015-12-31");
        assertThat(sectors(exported, activity)).containsExactly("1 12220 62.5", "1 14030 37.5");
        assertThat(count(exported, activity + "/location")).isOne();
        assertThat(text(exported, activity + "/location/@ref")).isEqualTo("VN-" + commune);
        assertThat(text(exported, activity + "/participating-org[@role='1']/@ref")).isEqualTo(donorRef);
        assertThat(new BigDecimal(text(exported, activity + "/budget/value"))).isEqualByComparingTo("3000");
        assertThat(text(exported, activity + "/budget/value/@currency")).isEqualTo("EUR");
        assertThat(plannedDisbursements(exported, activity)).containsExactly("2014-01-01 3000.00 EUR 2014-01-01");
        String commitment = activity + "/transaction[transaction-type/@code='2']";
        assertThat(count(exported, activity + "/transaction")).isOne();
        assertThat(text(exported, commitment + "/transaction-date/@iso-date")).isEqualTo(committed.toString());
        assertThat(new BigDecimal(text(exported, commitment + "/value"))).isEqualByComparingTo("2500.50");
        assertThat(text(exported, commitment + "/value/@currency")).isEqualTo("EUR");
        assertThat(text(exported, commitment + "/value/@value-date")).isEqualTo(committed.toString());
    }

    /**
     * Uploads the file as the focal point through the API, checks the preview refuses the draft until the unknown
     * donor is registered, registers it on the user's choice, applies, and answers the activity's final preview.
     */
    private JsonNode importAndApply(String file, String donorRef, String donorName) throws Exception {
        Rates.forAidMoney();
        // the province's rates for the month of the example's budget (its VND and USD equivalents), without which
        // its money is refused
        Rates.monthly("EUR", YearMonth.of(2014, 1), YearMonth.of(2014, 1), "30000");
        Rates.monthly("USD", YearMonth.of(2014, 1), YearMonth.of(2014, 1), "26000");
        String focal = team.focal().token();
        HttpResponse<String> uploaded = multipart(focal, file);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
        long job = AidFixtures.read(uploaded.body()).path("id").asLong();
        JsonNode read = awaitJob(job);
        assertThat(read.path("job").path("status").asString()).as(read.toString()).isEqualTo("READ");
        assertThat(read.path("job").path("invalid").asInt()).as("the example is valid").isZero();
        JsonNode first = onlyPreview(read);
        long activity = first.path("activityId").asLong();
        assertThat(first.path("plan").asString()).as("a donor the registry does not know").isEqualTo("REFUSE");
        assertThat(first.toString()).contains(donorName + " (" + donorRef + ")");

        HttpResponse<String> decided = WebClient.api(port, "POST", IMPORTS + "/" + job + "/decisions", focal,
                "{\"decisions\":{\"" + activity + "\":{\"registerDonor\":\"CREATE\"}},\"apply\":false}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        JsonNode chosen = onlyPreview(job(job));
        assertThat(chosen.path("plan").asString()).as(chosen.toString()).isEqualTo("CREATE");

        HttpResponse<String> applied = WebClient.api(port, "POST", IMPORTS + "/" + job + "/decisions", focal,
                "{\"decisions\":{},\"apply\":true}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(202);
        JsonNode done = awaitJob(job);
        assertThat(done.path("job").path("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("job").path("created").asInt()).as(done.toString()).isOne();
        return chosen;
    }

    /**
     * Completes the dossier where the file left it short (a new aid owner of the team, objectives in Vietnamese, a
     * sector and a commune, only when the file gave none), opens every public group, and approves it.
     */
    private void approveAndPublish(long id) {
        JsonNode view = aid.item(port, id);
        ObjectNode body = ((ObjectNode) view.path("item")).deepCopy();
        body.put("ownerAgencyId", team.owner().id());
        body.put("governingAgencyId", team.governing().id());
        if (!body.path("objectivesVi").isString()) {
            body.put("objectivesVi", "Mục tiêu do tỉnh dịch");
        }
        ArrayNode sectors = body.putArray("sectors");
        view.path("sectors").forEach(sector -> sectors.addObject().put("sectorCode", sector.path("code").asString())
                .put("percent", sector.path("percent").decimalValue()));
        if (sectors.isEmpty()) {
            sectors.addObject().put("sectorCode", "12220").put("percent", 100);
        }
        ArrayNode locations = body.putArray("locations");
        view.path("locations").forEach(place -> locations.addObject()
                .put("communeCode", place.path("communeCode").asString())
                .put("percent", place.path("percent").decimalValue()));
        if (locations.isEmpty()) {
            locations.addObject().put("communeCode", aid.communes(1).get(0)).put("percent", 100);
        }
        ArrayNode groups = body.putArray("publicGroups");
        List.of("SUMMARY", "VALUE", "SECTORS", "LOCATIONS", "MONEY", "RESULTS").forEach(groups::add);
        HttpResponse<String> updated = WebClient.api(port, "PUT", "/api/v1/aid-items/" + id, team.focal().token(),
                body.toString());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        DossierFixtures.completeForSubmission(port, team.focal().token(), id);
        aid.moveTo(port, id, AidStatus.APPROVED);
    }

    /** The public activity file, fetched anonymously and valid against the schema. */
    private Document exported() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/iati/activities.xml")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(IatiSchemas.errors(IatiSchemas.ACTIVITIES, response.body())).isEmpty();
        return parse(response.body());
    }

    private HttpResponse<String> multipart(String apiToken, String file) throws IOException, InterruptedException {
        String boundary = "----iati-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"activity-standard-example-annotated.xml\"\r\nContent-Type: application/xml\r\n\r\n"
                + file + "\r\n--" + boundary + "--\r\n";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + IMPORTS))
                        .header("Authorization", "Bearer " + apiToken).header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode job(long job) {
        HttpResponse<String> response = WebClient.api(port, "GET", IMPORTS + "/" + job, team.focal().token(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AidFixtures.read(response.body());
    }

    private JsonNode awaitJob(long job) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode answer = job(job);
            if (!List.of("READING", "APPLYING").contains(answer.path("job").path("status").asString())) {
                return answer;
            }
            assertThat(Instant.now()).as("job " + job + " still running").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static JsonNode onlyPreview(JsonNode job) {
        assertThat(job.path("preview").size()).as(job.toString()).isOne();
        return job.path("preview").get(0);
    }

    private long item(String identifier) {
        return jdbc.sql("select id from aid.aid_item where iati_identifier = :id").param("id", identifier)
                .query(Long.class).single();
    }

    private List<String> storedMoney(long item) {
        return jdbc.sql("""
                select kind || ' ' || value_date || ' ' || amount || ' ' || currency from aid.money_transaction
                 where aid_item = :item order by value_date, id""").param("item", item).query(String.class).list();
    }

    private static List<String> money(JsonNode transactions) {
        List<String> lines = new ArrayList<>();
        transactions.forEach(t -> lines.add(t.path("kind").asString() + " " + t.path("valueDate").asString() + " "
                + t.path("amount").decimalValue().stripTrailingZeros().toPlainString() + " "
                + t.path("currency").asString()));
        return lines;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.properties().forEach(property -> names.add(property.getKey()));
        return names;
    }

    private static List<String> sectors(Document document, String activity) throws Exception {
        NodeList nodes = nodes(document, activity + "/sector");
        List<String> sectors = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            org.w3c.dom.Element sector = (org.w3c.dom.Element) nodes.item(i);
            sectors.add(sector.getAttribute("vocabulary") + " " + sector.getAttribute("code") + " "
                    + sector.getAttribute("percentage"));
        }
        return sectors;
    }

    /** Each planned disbursement: its period's start, value, currency and value date. */
    private static List<String> plannedDisbursements(Document document, String activity) throws Exception {
        String planned = activity + "/planned-disbursement";
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count(document, planned); i++) {
            String one = planned + "[" + i + "]";
            lines.add(text(document, one + "/period-start/@iso-date") + " " + text(document, one + "/value") + " "
                    + text(document, one + "/value/@currency") + " " + text(document, one + "/value/@value-date"));
        }
        return lines;
    }

    private static String token() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    }
}
