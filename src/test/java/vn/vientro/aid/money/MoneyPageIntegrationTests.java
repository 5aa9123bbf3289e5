package vn.vientro.aid.money;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.shared.DateText;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.aid.money.MoneyFixtures.json;
import static vn.vientro.aid.money.MoneyFixtures.today;
import static vn.vientro.testing.WebClient.location;

/** The money tab and the transaction page over the real HTTP stack, as the aid owner's officer uses them. */
@VientroIntegrationTest
class MoneyPageIntegrationTests {

    static final AidTeam team = new AidTeam();
    final vn.vientro.aid.AidFixtures aidFixtures = new vn.vientro.aid.AidFixtures(team);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    MoneyFixtures items;

    @BeforeEach
    void setUp() {
        items = new MoneyFixtures(port, aidFixtures);
    }

    @Test
    void recordsOnTheTabAndShowsTotalsChartAndTransactions() {
        long id = items.itemIn(AidStatus.APPROVED);
        WebClient officer = team.officer().browser(port);
        String tab = officer.get("/app/aid/items/" + id + "?tab=money").body();
        assertThat(tab).contains("Tài chính").contains("Ghi giao dịch").contains("<option value=\"DISBURSEMENT\"")
                .doesNotContain("aid-money-chart");

        HttpResponse<String> saved = officer.post("/app/aid/items/" + id + "/money", form("DISBURSEMENT",
                "1.500.000", "VND", Map.of("reference", "12/GBC-VCB", "description", "Đợt 1")));
        assertThat(location(saved)).endsWith("/app/aid/items/" + id + "?tab=money");
        String page = officer.get("/app/aid/items/" + id + "?tab=money").body();
        assertThat(page).contains("Đã ghi giao dịch.").contains("1.500.000 ₫").contains("12/GBC-VCB")
                .contains("Đợt 1").contains("Tỷ lệ giải ngân")
                .contains("Chưa có cam kết: so với tổng giá trị khoản viện trợ")
                .contains("id=\"aid-money-chart\"").contains("data-disbursed=\"1500000\"")
                .contains("data-committed=\"0\"").contains("data-dates=\"" + DateText.of(today()) + "\"")
                .contains("/js/aid-money.js").contains("chart.umd.js")
                .doesNotContain("<script>");
        assertThat(officer.get("/js/aid-money.js").statusCode()).isEqualTo(200);
        String chartJs = page.replaceAll("(?s).*src=\"([^\"]*chart\\.umd\\.js)\".*", "$1");
        assertThat(officer.get(chartJs).statusCode()).as(chartJs).isEqualTo(200);

        String english = officer.get("/app/aid/items/" + id + "?tab=money&lang=en").body();
        assertThat(english).contains("Disbursed").contains("Cumulative disbursements against commitments");
    }

    @Test
    void showsErrorsAtTheirFieldsAndKeepsWhatWasTyped() {
        long id = items.itemIn(AidStatus.APPROVED);
        WebClient officer = team.officer().browser(port);
        officer.get("/app/aid/items/" + id + "?tab=money");

        String noAmount = officer.post("/app/aid/items/" + id + "/money", form("DISBURSEMENT", "", "USD", Map.of()))
                .body();
        assertThat(noAmount).contains("id=\"amount-error\"").contains("aria-describedby=\"amount-error\"")
                .contains("Nhập số tiền.");

        String baht = officer.post("/app/aid/items/" + id + "/money", form("DISBURSEMENT", "1.000", "THB", Map.of()))
                .body();
        assertThat(baht).contains("id=\"valueDate-error\"")
                .contains("Chưa có tỷ giá THB vào hoặc trước ngày " + DateText.of(today()))
                .contains("value=\"1.000\"").contains("value=\"THB\"");

        String noSource = officer.post("/app/aid/items/" + id + "/money", form("DISBURSEMENT", "100", "EUR",
                Map.of("statedRate", "27.000,5"))).body();
        assertThat(noSource).contains("id=\"statedRateSource-error\"").contains("value=\"27.000,5\"");
        assertThat(count(id)).isZero();
    }

    @Test
    void anOfficialsStatedRateIsNotCalledDemoDataOnlyItsUsdLegIs() {
        // 1999: no other test rates that year, so the demo USD rate is the one the USD leg crosses with; removed
        // afterwards, since other tests expect no USD rate before 2020
        jdbc.sql("insert into reference.exchange_rate (currency, rate_date, vnd_per_unit, source, demo)"
                + " values ('USD', date '1999-01-04', 13890, 'Minh họa', true) on conflict do nothing").update();
        try {
            long id = items.itemIn(AidStatus.APPROVED);
            WebClient officer = team.officer().browser(port);
            officer.get("/app/aid/items/" + id + "?tab=money");

            officer.post("/app/aid/items/" + id + "/money", form("DISBURSEMENT", "100", "EUR", Map.of(
                    "statedRate", "16.000", "statedRateDate", "1999-01-05", "statedRateSource", "Vietcombank")));

            String tab = officer.get("/app/aid/items/" + id + "?tab=money").body();
            assertThat(tab).contains("Vietcombank").contains("quy đổi USD theo tỷ giá minh họa")
                    .doesNotContain(">tỷ giá minh họa<");
        } finally {
            jdbc.sql("delete from reference.exchange_rate where currency = 'USD' and rate_date = date '1999-01-04'")
                    .update();
        }
    }

    @Test
    void correctsOnItsPageRefusesAStaleVersionKeepingTheInputAndDeletes() {
        long id = items.itemIn(AidStatus.IMPLEMENTING);
        long t = json(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000", "USD", "")).path("id")
                .asLong();
        WebClient officer = team.officer().browser(port);
        String path = "/app/aid/items/" + id + "/money/" + t;
        assertThat(officer.get(path).body()).contains("Sửa giao dịch").contains("value=\"1000.00\"")
                .contains("Xóa giao dịch");

        Map<String, String> first = new HashMap<>(form("DISBURSEMENT", "1.200", "USD", Map.of()));
        first.put("version", "0");
        assertThat(location(officer.post(path, first))).endsWith("?tab=money");
        Map<String, String> late = new HashMap<>(form("DISBURSEMENT", "1300", "USD", Map.of()));
        late.put("version", "0");
        officer.get(path);
        String conflict = officer.post(path, late).body();
        assertThat(conflict).contains("Người khác đã lưu bản ghi này").contains("value=\"1300\"")
                .contains("1.200,00 USD").contains("name=\"version\" value=\"1\"");
        assertThat(jdbc.sql("select amount from aid.money_transaction where id = :t").param("t", t)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1200");

        officer.get(path);
        assertThat(officer.post(path + "/delete", Map.of("version", "0")).body())
                .contains("Người khác đã lưu bản ghi này");
        assertThat(location(officer.post(path + "/delete", Map.of("version", "1")))).endsWith("?tab=money");
        assertThat(count(id)).isZero();
    }

    private static Map<String, String> form(String kind, String amount, String currency, Map<String, String> more) {
        Map<String, String> fields = new HashMap<>(Map.of("kind", kind, "funding", "AID", "valueDate",
                today().toString(), "amount", amount, "currency", currency));
        fields.putAll(more);
        return fields;
    }

    private long count(long id) {
        return jdbc.sql("select count(*) from aid.money_transaction where aid_item = :id").param("id", id)
                .query(Long.class).single();
    }
}
