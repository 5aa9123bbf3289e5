package vn.vientro.interchange.importing;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disbursement an activity reports for an approved item, end to end: read from the file, shown as new money in the
 * preview, recorded on the item through the aid module's money service (aid.ImportedMoney, behind the money form's
 * rules and audit trail) when the user applies the import, and not recorded twice by the same file again. The file's
 * other differences are shown but not written: after the decision the description changes only through an
 * adjustment request (before this, the whole activity was refused for them, its money with it).
 */
@VientroIntegrationTest
class IatiImportMoneyIntegrationTests {

    private static final AidTeam team = new AidTeam();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsADisbursementReportedForAnApprovedItemOnceAsTheUserWhoImported() {
        String token = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        long item = new AidFixtures(team).projectIn(port, "Dự án nhận giải ngân " + token, AidStatus.APPROVED);
        String identifier = "XM-APPROVED-" + token;
        jdbc.sql("update aid.aid_item set iati_identifier = :identifier where id = :id")
                .param("identifier", identifier).param("id", item).update();
        LocalDate disbursed = Today.inProvince(); // the item was approved today: money before that is refused
        String file = file(identifier, team.donor().nameOriginal(), disbursed, "1234.50");
        var focal = team.focal().browser(port);

        long job = IatiImportIntegrationTests.uploadAndRead(focal, file);
        long activity = jdbc.sql("select id from interchange.import_activity where job = :job order by position limit 1")
                .param("job", job).query(Long.class).single();
        org.jsoup.nodes.Document preview = Jsoup.parse(focal.get(IatiImportIntegrationTests.IMPORTS + "/" + job).body());
        assertThat(preview.select("article[data-plan]").eachAttr("data-plan")).containsExactly("UPDATE");
        assertThat(preview.select("#money-" + activity + " tr[data-state]").eachAttr("data-state"))
                .as(preview.select("#money-" + activity).text()).containsExactly("NEW");
        Map<String, Object> before = jdbc.sql("select name_en, description_en, version from aid.aid_item where id = :id")
                .param("id", item).query().singleRow();
        Element done = apply(focal, job);

        assertThat(disbursements(item)).as(done.text()).containsExactly("DISBURSEMENT " + disbursed + " 1234.50 USD");
        assertThat(jdbc.sql("""
                select actor from audit.event where schema_name = 'aid' and table_name = 'money_transaction'
                   and operation = 'INSERT' and after ->> 'aid_item' = :item
                """).param("item", Long.toString(item)).query(String.class).list())
                .containsExactly(team.focal().username());
        assertThat(jdbc.sql("select status from aid.aid_item where id = :id").param("id", item)
                .query(String.class).single()).isEqualTo("APPROVED");
        // after the decision the file does not redescribe the item: that goes through an adjustment request
        assertThat(jdbc.sql("select name_en, description_en from aid.aid_item where id = :id").param("id", item)
                .query().singleRow()).containsEntry("name_en", before.get("name_en"))
                .containsEntry("description_en", before.get("description_en"));

        long again = IatiImportIntegrationTests.uploadAndRead(focal, file + "<!-- again -->");
        assertThat(Jsoup.parse(focal.get(IatiImportIntegrationTests.IMPORTS + "/" + again).body())
                .select("article[data-plan]").eachAttr("data-plan")).containsExactly("UNCHANGED");
        apply(focal, again);
        assertThat(disbursements(item)).hasSize(1);
    }

    private static String file(String identifier, String donor, LocalDate disbursed, String amount) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<iati-activities version=\"2.03\" generated-datetime=\"2026-12-07T05:00:00Z\">\n"
                + " <iati-activity last-updated-datetime=\"2026-12-01T00:00:00Z\" xml:lang=\"en\""
                + " default-currency=\"USD\">\n"
                + "  <iati-identifier>" + identifier + "</iati-identifier>\n"
                + "  <reporting-org ref=\"XM-DAC-" + identifier + "\" type=\"21\"><narrative>" + donor
                + "</narrative></reporting-org>\n"
                + "  <title><narrative>Disbursed</narrative></title>\n"
                + "  <description type=\"1\"><narrative>Money reported.</narrative></description>\n"
                + "  <participating-org role=\"1\" type=\"21\"><narrative>" + donor + "</narrative>"
                + "</participating-org>\n"
                + "  <activity-status code=\"2\"/>\n"
                + "  <activity-date type=\"1\" iso-date=\"2026-03-01\"/>\n"
                + "  <sector code=\"12220\" vocabulary=\"1\"/>\n"
                + "  <transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"" + disbursed
                + "\"/><value currency=\"USD\" value-date=\"" + disbursed + "\">" + amount + "</value></transaction>\n"
                + " </iati-activity>\n</iati-activities>\n";
    }

    private List<String> disbursements(long item) {
        return jdbc.sql("""
                select kind || ' ' || value_date || ' ' || amount || ' ' || currency from aid.money_transaction
                 where aid_item = :item and kind = 'DISBURSEMENT' order by id""").param("item", item)
                .query(String.class).list();
    }


    private static Element apply(WebClient focal, long job) {
        focal.get(IatiImportIntegrationTests.IMPORTS + "/" + job);
        HttpResponse<String> response = focal.post(IatiImportIntegrationTests.IMPORTS + "/" + job + "/decisions",
                Map.of("apply", "true"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Element done = IatiImportIntegrationTests.awaitJob(focal, job);
        assertThat(done.attr("data-status")).as(done.text()).isEqualTo("DONE");
        return done;
    }
}
