package vn.vientro.aid.item;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item whose planned start precedes every rate of its currency is saved all the same: its VND and USD equivalents
 * say there is no rate for that date yet, and are filled in once an administrator adds one. (Each test uses a currency
 * no other test gives a rate: the rate table is shared.)
 */
@VientroIntegrationTest
class ValueEquivalentsIntegrationTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @Test
    void anItemStartingBeforeTheFirstRateIsSavedAndItsEquivalentsFillInWithTheRate() {
        LocalDate start = Today.inProvince().minusDays(40);
        String json = fixtures.projectJson("TECHNICAL_ASSISTANCE", "Dự án trước tỷ giá đầu tiên", "1000", "ZAR")
                .replace("\"plannedStart\":\"2026-03-01\"", "\"plannedStart\":\"" + start + "\"");
        HttpResponse<String> drafted = WebClient.api(port, "POST", "/api/v1/aid-items", team.officer().token(), json);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        long id = AidFixtures.read(drafted.body()).path("id").asLong();

        JsonNode before = fixtures.item(port, id).path("item");
        assertThat(before.path("plannedStart").asString()).isEqualTo(start.toString());
        assertThat(before.has("totalVnd")).isFalse();
        assertThat(before.has("totalUsd")).isFalse();
        assertThat(team.officer().browser(port).get("/app/aid/items/" + id).body())
                .contains("Chưa có tỷ giá cho ngày này");

        HttpResponse<String> rate = WebClient.api(port, "POST", "/api/v1/exchange-rates", team.admin().token(),
                "{\"currency\":\"ZAR\",\"rateDate\":\"" + start.minusDays(3) + "\",\"vndPerUnit\":1400,"
                        + "\"source\":\"Ngân hàng Nhà nước\"}");
        assertThat(rate.statusCode()).as(rate.body()).isEqualTo(201);
        Events.settle();

        JsonNode after = fixtures.item(port, id).path("item");
        assertThat(after.path("totalVnd").decimalValue()).isEqualByComparingTo("1400000");
        assertThat(after.path("totalUsd").decimalValue()).as("1,400,000 đồng at 26,000 đồng a dollar")
                .isEqualByComparingTo("53.85");
        assertThat(team.officer().browser(port).get("/app/aid/items/" + id).body())
                .doesNotContain("Chưa có tỷ giá cho ngày này").contains("1.400.000");
    }

    @Test
    void theMoneyOfAnItemWhoseCounterpartHasNoRateIsRead() {
        String json = fixtures.projectJson("TECHNICAL_ASSISTANCE", "Dự án vốn đối ứng chưa có tỷ giá", "1000", "USD")
                .replace("\"totalCurrency\":\"USD\",", "\"totalCurrency\":\"USD\",\"counterpartAmount\":500,"
                        + "\"counterpartCurrency\":\"MUR\",\"counterpartSource\":\"Ngân sách tỉnh\",");
        long id = fixtures.draft(port, team.officer().token(), json);

        HttpResponse<String> money = WebClient.api(port, "GET", "/api/v1/aid-items/" + id + "/transactions",
                team.officer().token(), null);
        assertThat(money.statusCode()).as(money.body()).isEqualTo(200);
        assertThat(team.officer().browser(port).get("/app/aid/items/" + id + "?tab=money").statusCode())
                .isEqualTo(200);
    }
}
