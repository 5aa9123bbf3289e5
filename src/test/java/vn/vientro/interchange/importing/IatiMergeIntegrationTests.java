package vn.vientro.interchange.importing;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.reference.Rates;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merge: an activity matching nothing becomes a dossier draft, the same file again changes nothing, a changed
 * file shows its differing fields, a blank value in it never erases ours, and only what the user takes is written.
 */
@VientroIntegrationTest
class IatiMergeIntegrationTests {

    static final String IMPORTS = IatiImportIntegrationTests.IMPORTS;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.vientro.reference.AdminUnits units;

    private WebClient focal;
    private String focalUser;
    private String token;
    private String donorRef;
    private String commune;

    @BeforeEach
    void aDonorInTheRegistry() {
        Rates.forAidMoney();
        token = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        donorRef = "XM-DAC-" + token;
        Ngos.anNgo().withIatiIdentifier(donorRef).withPermitUntil(Today.inProvince().plusYears(2)).register();
        Staff focalPoint = Staff.focalPoint();
        focalUser = focalPoint.username();
        focal = focalPoint.browser(port);
        commune = units.list(vn.vientro.reference.UnitSet.CURRENT, "commune", units.deploymentProvinceCode(), 1)
                .get(0).code();
    }

    @Test
    void draftsANewActivityThenChangesNothingOnTheSameFileThenMergesOnlyWhatTheUserTakes() {
        String identifier = "XM-" + token + "-1";
        String first = file(identifier, "Clean water " + token, "Wells for the commune schools.", "1000");

        long created = uploadAndRead(first);
        assertThat(plans(created)).containsExactly("CREATE");
        // a location in the province and no approved item: a candidate for aid received without a decision
        assertThat(page(created).select("#cross-check tr[data-finding]").eachAttr("data-finding"))
                .containsExactly("NO_APPROVED_ITEM");
        Element done = apply(created, Map.of());
        assertThat(done.text()).contains("Đã nhập xong: tạo mới 1, cập nhật 0, không đổi 0, bị từ chối 0.");
        Map<String, Object> item = item(identifier);
        assertThat(item).containsEntry("status", "DOSSIER_DRAFT").containsEntry("name_en", "Clean water " + token)
                .containsEntry("description_en", "Wells for the commune schools.")
                .containsEntry("total_currency", "USD");
        assertThat((java.math.BigDecimal) item.get("total_amount")).isEqualByComparingTo("1000");
        assertThat(jdbc.sql("select commune_code from aid.aid_item_location where aid_item = :id")
                .param("id", item.get("id")).query(String.class).list()).containsExactly(commune);

        long again = uploadAndRead(first + "<!-- again -->");
        assertThat(plans(again)).containsExactly("UNCHANGED");
        assertThat(apply(again, Map.of()).text()).contains("tạo mới 0, cập nhật 0, không đổi 1");
        assertThat(item(identifier)).containsEntry("version", item.get("version"));

        long changed = uploadAndRead(file(identifier, "Clean water for schools " + token, "", "1000"));
        Element preview = page(changed).getElementById("activity-" + activityId(changed));
        assertThat(preview.attr("data-plan")).isEqualTo("UNCHANGED");
        assertThat(preview.select("tr[data-field]").eachAttr("data-field")).containsExactly("nameEn", "nameOriginal");
        long activity = activityId(changed);
        apply(changed, Map.of("d-" + activity + "-nameEn", "TAKE"));
        assertThat(item(identifier)).containsEntry("name_en", "Clean water for schools " + token)
                .containsEntry("name_original", "Clean water " + token)
                .containsEntry("description_en", "Wells for the commune schools.");

        // the choice made for this activity last time is proposed again
        long fourth = uploadAndRead(file(identifier, "Clean water, schools " + token, "", "1000"));
        assertThat(page(fourth).select("tr[data-field=nameEn] option[selected]").eachAttr("value"))
                .containsExactly("TAKE");
        assertThat(plans(fourth)).containsExactly("UPDATE");
    }

    @Test
    void recordsTransactionsAndBudgetsAsTheItemsMoneyOnceAndShowsWhichAreNewAndWhichExist() {
        String identifier = "XM-" + token + "-5";
        java.time.LocalDate committed = Today.inProvince().minusDays(40);
        java.time.LocalDate disbursed = Today.inProvince().minusDays(20);
        String first = file(identifier, "Money " + token, "Money.", "1000").replace(" </iati-activity>",
                transaction("2", committed, "800") + transaction("3", disbursed, "300") + " </iati-activity>");

        long created = uploadAndRead(first);
        long activity = activityId(created);
        assertThat(moneyStates(created, activity)).containsExactly("NEW", "REFUSED", "NEW");
        assertThat(page(created).select("#money-" + activity + " tr[data-state=REFUSED]").text())
                .contains("Giải ngân");
        apply(created, Map.of());
        long item = ((Number) item(identifier).get("id")).longValue();
        assertThat(money(item)).containsExactlyInAnyOrder("COMMITMENT " + committed + " 800.00 USD",
                "PLANNED_DISBURSEMENT 2027-01-01 1000.00 USD");
        // recorded through the money service: in the one audit trail, by the user who ordered the import
        assertThat(jdbc.sql("""
                select actor from audit.event where schema_name = 'aid' and table_name = 'money_transaction'
                   and operation = 'INSERT' and after ->> 'aid_item' = :item
                """).param("item", Long.toString(item)).query(String.class).list())
                .hasSize(2).containsOnly(focalUser);

        long again = uploadAndRead(first + "<!-- again -->");
        assertThat(plans(again)).containsExactly("UNCHANGED");
        assertThat(moneyStates(again, activityId(again))).containsExactly("EXISTING", "REFUSED", "EXISTING");
        apply(again, Map.of());
        assertThat(money(item)).hasSize(2);

        String more = first.replace(" </iati-activity>", transaction("2", committed, "150") + " </iati-activity>");
        long kept = uploadAndRead(more);
        assertThat(plans(kept)).containsExactly("UPDATE");
        assertThat(moneyStates(kept, activityId(kept))).containsExactly("EXISTING", "REFUSED", "NEW", "EXISTING");
        apply(kept, Map.of("d-" + activityId(kept) + "-transactions", "KEEP"));
        assertThat(money(item)).hasSize(2);
        // the choice to keep ours is proposed again next time; taking them records the new one alone
        long taken = uploadAndRead(more + "<!-- taken -->");
        assertThat(page(taken).select("tr[data-field=transactions] option[selected]").eachAttr("value"))
                .containsExactly("KEEP");
        apply(taken, Map.of("d-" + activityId(taken) + "-transactions", "TAKE"));
        assertThat(money(item)).hasSize(3).contains("COMMITMENT " + committed + " 150.00 USD");
    }

    @Test
    void registersAnUnknownDonorAsANewOrganisationWhenTheUserChoosesTo() {
        String identifier = "XM-" + token + "-7";
        String unknown = "XM-DAC-7" + token;
        String file = file(identifier, "New donor " + token, "Text.", "10").replace(donorRef, unknown)
                .replace(">Donor<", ">Newcomer " + token + "<");
        long job = uploadAndRead(file);
        long activity = activityId(job);
        assertThat(plans(job)).containsExactly("REFUSE");
        assertThat(page(job).select("tr[data-field=registerDonor] td").eachText())
                .contains("Newcomer " + token + " (" + unknown + ")");

        focal.get(IMPORTS + "/" + job);
        assertThat(focal.post(IMPORTS + "/" + job + "/decisions", Map.of("d-" + activity + "-registerDonor", "CREATE"))
                .statusCode()).isEqualTo(302);
        assertThat(plans(job)).containsExactly("CREATE");
        apply(job, Map.of("d-" + activity + "-registerDonor", "CREATE"));

        Map<String, Object> organisation = jdbc.sql("""
                select id, kind, name_original, iati_org_type from registry.organisation where iati_identifier = :ref
                """).param("ref", unknown).query().singleRow();
        assertThat(organisation).containsEntry("kind", "FOREIGN_NGO")
                .containsEntry("name_original", "Newcomer " + token).containsEntry("iati_org_type", "21");
        assertThat(item(identifier)).containsEntry("donor_id", organisation.get("id"));

        // known now: the same file again changes nothing and registers no second organisation
        long again = uploadAndRead(file + "<!-- again -->");
        assertThat(plans(again)).containsExactly("UNCHANGED");
        assertThat(jdbc.sql("select count(*) from registry.organisation where iati_identifier = :ref")
                .param("ref", unknown).query(Long.class).single()).isEqualTo(1);
    }

    private static String transaction(String type, java.time.LocalDate on, String value) {
        return "  <transaction><transaction-type code=\"" + type + "\"/><transaction-date iso-date=\"" + on
                + "\"/><value currency=\"USD\" value-date=\"" + on + "\">" + value + "</value></transaction>\n";
    }

    private List<String> moneyStates(long job, long activity) {
        return page(job).select("#money-" + activity + " tr[data-state]").eachAttr("data-state");
    }

    private List<String> money(long item) {
        return jdbc.sql("""
                select kind || ' ' || value_date || ' ' || amount || ' ' || currency from aid.money_transaction
                 where aid_item = :item order by id""").param("item", item).query(String.class).list();
    }

    @Test
    void refusesToDraftAnActivityWhoseDonorIsNotInTheRegistry() {
        long id = uploadAndRead(file("XM-" + token + "-9", "Unknown donor " + token, "Text.", "10")
                .replace(donorRef, "XM-UNKNOWN-" + token).replace(">Donor<", ">Nobody " + token + "<"));
        assertThat(plans(id)).containsExactly("REFUSE");
        assertThat(page(id).text()).contains("chưa có trong danh bạ tổ chức");
    }

    private String file(String identifier, String title, String description, String budget) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<iati-activities version=\"2.03\" generated-datetime=\"2026-12-07T05:00:00Z\">\n"
                + " <iati-activity last-updated-datetime=\"2026-12-01T00:00:00Z\" xml:lang=\"en\""
                + " default-currency=\"USD\">\n"
                + "  <iati-identifier>" + identifier + "</iati-identifier>\n"
                + "  <reporting-org ref=\"" + donorRef + "\" type=\"21\"><narrative>Donor</narrative></reporting-org>\n"
                + "  <title><narrative>" + title + "</narrative></title>\n"
                + "  <description type=\"1\"><narrative>" + description + "</narrative></description>\n"
                + "  <participating-org role=\"1\" ref=\"" + donorRef + "\" type=\"21\"/>\n"
                + "  <activity-status code=\"2\"/>\n"
                + "  <activity-date type=\"1\" iso-date=\"2027-01-01\"/>\n"
                + "  <activity-date type=\"3\" iso-date=\"2027-12-31\"/>\n"
                + "  <location><name><narrative>School</narrative></name>"
                + "<administrative vocabulary=\"A9\" level=\"3\" code=\"" + commune + "\"/></location>\n"
                + "  <sector code=\"12220\" vocabulary=\"1\"/>\n"
                + "  <budget type=\"1\" status=\"1\"><period-start iso-date=\"2027-01-01\"/>"
                + "<period-end iso-date=\"2027-12-31\"/><value currency=\"USD\" value-date=\"2027-01-01\">" + budget
                + "</value></budget>\n"
                + " </iati-activity>\n</iati-activities>\n";
    }

    private Map<String, Object> item(String identifier) {
        return jdbc.sql("select * from aid.aid_item where iati_identifier = :id").param("id", identifier).query()
                .singleRow();
    }

    private long activityId(long job) {
        return jdbc.sql("select id from interchange.import_activity where job = :job order by position limit 1")
                .param("job", job).query(Long.class).single();
    }

    private List<String> plans(long job) {
        return page(job).select("article[data-plan]").eachAttr("data-plan");
    }

    private org.jsoup.nodes.Document page(long job) {
        return Jsoup.parse(focal.get(IMPORTS + "/" + job).body());
    }

    private long uploadAndRead(String content) {
        return IatiImportIntegrationTests.uploadAndRead(focal, content);
    }

    private Element apply(long job, Map<String, String> choices) {
        focal.get(IMPORTS + "/" + job);
        Map<String, String> form = new java.util.HashMap<>(choices);
        form.put("apply", "true");
        HttpResponse<String> response = focal.post(IMPORTS + "/" + job + "/decisions", form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Element done = IatiImportIntegrationTests.awaitJob(focal, job);
        assertThat(done.attr("data-status")).as(done.text()).isEqualTo("DONE");
        return done;
    }
}
