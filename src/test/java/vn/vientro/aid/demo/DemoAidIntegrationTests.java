package vn.vientro.aid.demo;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's aid items: the seed projects in realistic states, with papers, opinions, money and results. */
@DemoIntegrationTest
class DemoAidIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> item(String nameLike) {
        return jdbc.sql("select * from aid.aid_item where name_vi like :name").param("name", "%" + nameLike + "%")
                .query().singleRow();
    }

    @Test
    void theSeedProjectsStandInRealisticStates() {
        assertThat(item("DIRECT").get("status")).isEqualTo("IMPLEMENTING");
        assertThat(item("DIRECT").get("legal_basis")).as("approved in 2024").isEqualTo("D80");
        assertThat(item("Samsung").get("status")).isEqualTo("UNDER_APPRAISAL");
        assertThat(item("HIV/AIDS").get("status")).isEqualTo("PENDING_DECISION");
        assertThat(item("Mê Kông").get("status")).isEqualTo("RETURNED");
        Map<String, Object> emergency = item("lũ quét");
        assertThat(emergency.get("kind")).isEqualTo("EMERGENCY_RELIEF");
        assertThat(emergency.get("status")).isEqualTo("APPROVED");
        assertThat(emergency.get("legal_basis")).isEqualTo("D50");
    }

    /** The portal's headline and open data count the money the demo's approved items made public: never an empty story. */
    @Test
    void theDemoPublishesTheMoneyOfItsApprovedItems() {
        List<JsonNode> years = new java.util.ArrayList<>();
        AidFixtures.read(WebClient.api(port, "GET", "/api/v1/statistics/breakdown?by=YEAR&period=2020-01_2030-12"
                + "&published=true", "demo-focal", null).body()).forEach(years::add);
        assertThat(years).isNotEmpty();
        assertThat(years.stream().mapToLong(year -> year.path("items").asLong()).sum()).isPositive();
        assertThat(years).anySatisfy(year -> assertThat(year.path("disbursedUsd").decimalValue()).isPositive());
        assertThat(new WebClient(port).get("/du-lieu-mo/so-lieu-tong-hop.csv").body().lines())
                .anyMatch(line -> line.startsWith("year,"));
    }

    /** An item approved in 2024 has papers, a version, a decision and money dated in its own story, not today. */
    @Test
    void theRecordsOfAnItemApprovedIn2024TellOneStory() {
        long direct = ((Number) item("DIRECT").get("id")).longValue();
        java.time.LocalDate approved = jdbc.sql(
                "select approved_on from aid.aid_item where id = :id").param("id", direct).query(java.time.LocalDate.class)
                .single();
        assertThat(approved.getYear()).isEqualTo(2024);
        String local = "((%s) at time zone 'Asia/Ho_Chi_Minh')::date";
        assertThat(jdbc.sql("select max(" + local.formatted("uploaded_at") + ") from aid.dossier_document"
                + " where aid_item = :id").param("id", direct).query(java.time.LocalDate.class).single())
                .as("papers went in before the approval").isBefore(approved);
        assertThat(jdbc.sql("select " + local.formatted("taken_at") + " from aid.item_version where aid_item = :id"
                + " and cause = 'APPROVAL'").param("id", direct).query(java.time.LocalDate.class).single())
                .isEqualTo(approved);
        assertThat(jdbc.sql("select count(*) from aid.money_transaction where aid_item = :id and "
                + local.formatted("recorded_at") + " <> least(value_date, current_date)").param("id", direct)
                .query(Long.class).single()).as("money recorded on its value date").isZero();
        assertThat(jdbc.sql("select reference_number from aid.transition where aid_item = :id"
                + " and action = 'CONCLUDE_APPRAISAL'").param("id", direct).query(String.class).single())
                .as("the appraisal report's number").endsWith("/BC-STC");
    }

    @Test
    void oneItemUnderAppraisalWaitsForAnOverdueOpinion() {
        long samsung = ((Number) item("Samsung").get("id")).longValue();
        List<String> overdue = jdbc.sql("""
                select agency_name from aid.opinion_request
                 where aid_item = :id and answered_on is null and withdrawn_on is null and due_on < current_date
                """).param("id", samsung).query(String.class).list();
        assertThat(overdue).containsExactly("Ủy ban nhân dân phường Vĩnh Phúc");
    }

    @Test
    void approvedItemsCarryMoneyInTheirOwnCurrencyWithEquivalents() {
        long direct = ((Number) item("DIRECT").get("id")).longValue();
        List<Map<String, Object>> money = jdbc.sql("""
                select kind, currency, amount_vnd from aid.money_transaction where aid_item = :id
                """).param("id", direct).query().listOfRows();
        assertThat(money).extracting(row -> row.get("kind")).contains("COMMITMENT", "DISBURSEMENT", "EXPENDITURE");
        assertThat(money).extracting(row -> row.get("currency")).contains("USD", "VND");
        assertThat(money).allSatisfy(row -> assertThat(row.get("amount_vnd")).isNotNull());
        long draft = ((Number) item("phụ nữ dân tộc thiểu số").get("id")).longValue();
        assertThat(jdbc.sql("select count(*) from aid.money_transaction where aid_item = :id and kind <> 'COMMITMENT'")
                .param("id", draft).query(Long.class).single()).as("no money before approval").isZero();
    }

    @Test
    void moneyConvertedAtTheDemosRatesIsMarkedSo() {
        long direct = ((Number) item("DIRECT").get("id")).longValue();
        JsonNode money = AidFixtures.read(WebClient.api(port, "GET", "/api/v1/aid-items/" + direct + "/transactions",
                "demo-leader", null).body());
        assertThat(money.path("transactions").valueStream()
                .filter(t -> !t.path("currency").asString().equals("VND") && !t.path("rateStated").asBoolean()))
                .as("the demo table's rates are marked").isNotEmpty()
                .allSatisfy(t -> assertThat(t.path("demoRate").asBoolean()).isTrue());
    }

    @Test
    void runningItemsReportTheirResultsAndOneIsLate() {
        long direct = ((Number) item("DIRECT").get("id")).longValue();
        assertThat(count("select count(*) from aid.result_indicator where aid_item = :id", direct)).isEqualTo(2);
        assertThat(count(UNREPORTED_PAST, direct)).as("every finished year reported").isZero();
        assertThat(count(REPORTED, direct)).isPositive();
        long tb = ((Number) item("phòng chống lao").get("id")).longValue();
        assertThat(count(UNREPORTED_PAST, tb)).as("the late reporter's last year").isPositive();
        long draft = ((Number) item("phụ nữ dân tộc thiểu số").get("id")).longValue();
        assertThat(count("select count(*) from aid.indicator_period where aid_item = :id", draft))
                .as("the draft's targets").isPositive();
        assertThat(count(REPORTED, draft)).as("no actual before approval").isZero();
    }

    private static final String UNREPORTED_PAST = "select count(*) from aid.indicator_period "
            + "where aid_item = :id and period_end < current_date and reported_at is null";
    private static final String REPORTED = "select count(*) from aid.indicator_period "
            + "where aid_item = :id and reported_at is not null";

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
