package vn.vientro.reference.rate;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.platform.Actor;
import vn.vientro.reference.ExchangeRate;
import vn.vientro.reference.ExchangeRateDetails;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.reference.Rates;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

/** Each test writes a currency no other test uses: the database is shared by every test class. */
@VientroIntegrationTest
class ExchangeRatePagesIntegrationTests {

    private static final String LIST = "/app/reference/exchange-rates";

    @LocalServerPort
    int port;

    @Autowired
    ExchangeRates rates;

    @Autowired
    RateBatches batches;

    @Autowired
    Clock clock;

    @Test
    void everySignedInUserSeesTheRatesWithDemoRowsMarkedInWords() {
        YearMonth latest = YearMonth.now(clock).plusMonths(2);
        Rates.demo("GHS", latest, latest, "2100");
        HttpResponse<String> page = Staff.officer().browser(port).get(LIST);

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("nav[aria-label=Danh mục chức năng] a[href=" + LIST + "]").text()).isEqualTo("Tỷ giá ngoại tệ");
        assertThat(html.select("tbody .badge").eachText()).isNotEmpty().containsOnly("Dữ liệu minh họa");
        assertThat(html.select("a[href=" + LIST + "/new]")).as("no add button for non-administrators").isEmpty();
    }

    @Test
    void filtersByCurrencyAndDateRangeNewestFirstWithVietnameseNumbers() {
        Rates.monthly("AUD", YearMonth.of(2024, 11), YearMonth.of(2025, 5), "16250");
        HttpResponse<String> page = Staff.leader().browser(port)
                .get(LIST + "?currency=AUD&from=2025-01-01&to=2025-03-31");

        Document html = Jsoup.parse(page.body());
        assertThat(html.select("tbody tr td:eq(0)").eachText()).containsExactly("01/03/2025", "01/02/2025", "01/01/2025");
        assertThat(html.select("tbody tr td:eq(1)").eachText()).containsOnly("AUD");
        assertThat(html.select("tbody tr td:eq(2)").eachText()).allMatch(text -> text.matches("\\d{2}\\.\\d{3},\\d{2}"));
        assertThat(page.body()).contains("Có 3 tỷ giá phù hợp, mới nhất trước.");
    }

    /** Monthly rates of one currency over eleven years: fifty to a page, narrowed to a year. */
    @Test
    void pagesTheRatesFiftyAtATimeAndNarrowsThemToAYear() {
        Rates.monthly("MNT", YearMonth.of(2010, 1), YearMonth.of(2020, 12), "8");
        WebClient leader = Staff.leader().browser(port);

        Document first = Jsoup.parse(leader.get(LIST + "?currency=MNT").body());
        assertThat(first.select("tbody tr")).hasSize(50);
        assertThat(first.select("tbody tr td:eq(0)").first().text()).isEqualTo("01/12/2020");
        assertThat(first.text()).contains("Có 132 tỷ giá phù hợp").contains("Trang 1 / 3");
        Document third = Jsoup.parse(leader.get(LIST + "?currency=MNT&page=2").body());
        assertThat(third.select("tbody tr")).hasSize(32);
        assertThat(third.select("tbody tr td:eq(0)").last().text()).isEqualTo("01/01/2010");

        Document year = Jsoup.parse(leader.get(LIST + "?currency=MNT&year=2015").body());
        assertThat(year.select("tbody tr td:eq(0)").eachText()).hasSize(12).allMatch(date -> date.endsWith("/2015"));
        assertThat(year.select("a[rel=next]")).isEmpty();
    }

    @Test
    void converterShowsTheResultAndWhichRateItUsed() {
        insert(new ExchangeRateDetails("CAD", LocalDate.of(2025, 5, 2), new BigDecimal("18765.4321"), "Vietcombank"));

        HttpResponse<String> page = Staff.focalPoint().browser(port)
                .get(LIST + "/convert?amount=1.000&currency=CAD&date=2025-05-20&target=VND");

        String result = Jsoup.parse(page.body()).select("#converter [role=status]").text();
        assertThat(result).contains("1.000,00 CAD = 18.765.432 ₫")
                .contains("Tỷ giá áp dụng: 1 CAD = 18.765,4321 VND")
                .contains("Tỷ giá ngày 02/05/2025 (tỷ giá gần nhất trước ngày 20/05/2025)")
                .contains("Nguồn: Vietcombank")
                .doesNotContain("Dữ liệu minh họa");
    }

    @Test
    void converterMarksAResultBasedOnDemoRates() {
        Rates.demo("USD", YearMonth.of(2025, 6), YearMonth.of(2025, 6), "25500");
        HttpResponse<String> page = Staff.focalPoint().browser(port)
                .get(LIST + "/convert?amount=2.500.000&currency=VND&date=2025-06-01&target=USD");

        String result = Jsoup.parse(page.body()).select("#converter [role=status]").text();
        assertThat(result).contains("2.500.000 ₫ = ").contains(" USD").contains("Tỷ giá ngày 01/06/2025")
                .contains("Dữ liệu minh họa").contains("không dùng cho số liệu chính thức");
    }

    @Test
    void converterShowsAMissingRateAtTheDateFieldAndKeepsTheAmount() {
        HttpResponse<String> page = Staff.focalPoint().browser(port)
                .get(LIST + "/convert?amount=1.234,5&currency=USD&date=2019-12-31&target=VND");

        Document html = Jsoup.parse(page.body());
        assertThat(html.getElementById("date-error").text())
                .isEqualTo("Chưa có tỷ giá USD vào hoặc trước ngày 31/12/2019, nên chưa quy đổi được.");
        assertThat(html.getElementById("date").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.getElementById("amount").val()).isEqualTo("1.234,5");
    }

    @Test
    void converterAnswersHtmxWithItsFragmentOnly() {
        HttpResponse<String> fragment = Staff.focalPoint().browser(port)
                .get(LIST + "/convert?amount=abc&currency=USD&date=2025-06-01&target=VND", Map.of("HX-Request", "true"));

        assertThat(fragment.body()).doesNotContain("<html").startsWith("<section id=\"converter\"")
                .contains("id=\"amount-error\"").contains("Số tiền không hợp lệ");
    }

    @Test
    void administratorAddsARateAndSeesErrorsAtTheFieldWithWhatWasTypedKept() {
        WebClient admin = Staff.admin().browser(port);
        admin.get(LIST + "/new");

        HttpResponse<String> invalid = admin.post(LIST + "/new", form("idr", "2025-07-01", "1,6,5", "SBV"));
        Document html = Jsoup.parse(invalid.body());
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(html.getElementById("vndPerUnit-error").text()).isEqualTo("Số không hợp lệ; viết 26.345,50 hoặc 26345.50.");
        assertThat(html.getElementById("vndPerUnit").val()).isEqualTo("1,6,5");
        assertThat(html.getElementById("vndPerUnit").attr("aria-describedby")).isEqualTo("vndPerUnit-hint vndPerUnit-error");

        HttpResponse<String> saved = admin.post(LIST + "/new", form("idr", "2025-07-01", "1,65", "SBV"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(location(saved)).endsWith(LIST);
        assertThat(rates.rateOn("IDR", LocalDate.of(2025, 7, 1))).get()
                .extracting(ExchangeRate::vndPerUnit).isEqualTo(new BigDecimal("1.65000000"));

        HttpResponse<String> duplicate = admin.post(LIST + "/new", form("IDR", "2025-07-01", "1,7", "SBV"));
        assertThat(Jsoup.parse(duplicate.body()).getElementById("rateDate-error").text())
                .isEqualTo("Đã có tỷ giá IDR ngày 01/07/2025; hãy sửa tỷ giá đó thay vì thêm mới.");
    }

    @Test
    void concurrentEditsShowBothVersionsAndLoseNothing() {
        long id = insert(new ExchangeRateDetails("ISK", LocalDate.of(2025, 8, 1), new BigDecimal("190"), "SBV"));
        Staff administrator = Staff.admin();
        WebClient first = administrator.browser(port);
        WebClient second = administrator.browser(port);
        first.get(LIST + "/" + id);
        second.get(LIST + "/" + id);
        String version = String.valueOf(rates.get(id).version());

        Map<String, String> firstEdit = form("ISK", "2025-08-01", "191,25", "SBV (sửa lần 1)");
        firstEdit.put("version", version);
        assertThat(first.post(LIST + "/" + id, firstEdit).statusCode()).isEqualTo(302);

        Map<String, String> secondEdit = form("ISK", "2025-08-01", "199", "Bản của người thứ hai");
        secondEdit.put("version", version);
        HttpResponse<String> conflict = second.post(LIST + "/" + id, secondEdit);

        Document html = Jsoup.parse(conflict.body());
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(html.select(".alert-danger").text()).contains("Người khác đã lưu bản ghi này");
        assertThat(html.select(".alert-warning dd").eachText()).contains("191,25", "SBV (sửa lần 1)");
        assertThat(html.getElementById("vndPerUnit").val()).isEqualTo("199");
        assertThat(html.getElementById("source").val()).isEqualTo("Bản của người thứ hai");
        assertThat(rates.get(id).vndPerUnit()).isEqualByComparingTo("191.25");

        Map<String, String> again = form("ISK", "2025-08-01", "199", "Bản của người thứ hai");
        again.put("version", html.getElementById("version").val());
        assertThat(second.post(LIST + "/" + id, again).statusCode()).as("saving again overwrites").isEqualTo(302);
        assertThat(rates.get(id).source()).isEqualTo("Bản của người thứ hai");
    }

    @Test
    void aStaleDeleteIsRefusedAndShowsTheRateAsItNowStands() {
        long id = insert(new ExchangeRateDetails("BND", LocalDate.of(2025, 8, 1), new BigDecimal("19000"), "SBV"));
        WebClient admin = Staff.admin().browser(port);
        admin.get(LIST + "/" + id);
        long version = rates.get(id).version();
        Actor.runAs("system:test", () -> batches.upsert(java.util.List.of(
                new ExchangeRateDetails("BND", LocalDate.of(2025, 8, 1), new BigDecimal("19100"), "SBV"))));

        HttpResponse<String> refused = admin.post(LIST + "/" + id + "/delete", Map.of("version", String.valueOf(version)));

        Document html = Jsoup.parse(refused.body());
        assertThat(html.select(".alert-danger").text()).contains("nên tỷ giá chưa bị xóa");
        assertThat(html.getElementById("vndPerUnit").val()).isEqualTo("19.100");
        assertThat(rates.find(id)).isPresent();

        HttpResponse<String> deleted = admin.post(LIST + "/" + id + "/delete",
                Map.of("version", html.getElementById("version").val()));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(rates.find(id)).isEmpty();
    }

    @Test
    void nonAdministratorsCannotOpenOrPostTheAdministrationPages() {
        Rates.forAidMoney();
        long id = rates.list("USD", null, null, 1).get(0).id();
        for (Staff staff : List.of(Staff.focalPoint(), Staff.appraiser(), Staff.police(), Staff.officer(),
                Staff.officerOf(ProvinceAgencies.newCommune().id()), Staff.leader())) {
            String username = staff.username();
            WebClient client = staff.browser(port);
            client.get(LIST);
            assertThat(client.get(LIST + "/new").statusCode()).as(username).isEqualTo(403);
            assertThat(client.get(LIST + "/" + id).statusCode()).as(username).isEqualTo(403);
            assertThat(client.post(LIST + "/new", form("RON", "2025-01-02", "5500", "BNR")).statusCode()).isEqualTo(403);
            assertThat(client.post(LIST + "/" + id + "/delete", Map.of("version", "0")).statusCode()).isEqualTo(403);
        }
        assertThat(rates.list("RON", null, null, 1)).isEmpty();
        assertThat(rates.find(id)).isPresent();
    }

    @Test
    void offersATemplateCsvToDownload() {
        HttpResponse<String> template = Staff.admin().browser(port).get(LIST + "/template.csv");

        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(template.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        assertThat(template.body()).isEqualTo("currency,date,vnd_per_unit,source\r\n");
    }

    private long insert(ExchangeRateDetails details) {
        Actor.runAs("system:test", () -> batches.insertMissing(java.util.List.of(details), false));
        return rates.rateOn(details.currency(), details.rateDate()).orElseThrow().id();
    }

    private static Map<String, String> form(String currency, String date, String rate, String source) {
        return new HashMap<>(Map.of("currency", currency, "rateDate", date, "vndPerUnit", rate, "source", source));
    }
}
